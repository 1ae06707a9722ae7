using static Caravan.Parsing.Xml.Namespaces;

namespace Caravan.Parsing.Xml;

/// <summary>Reads an item's position from GeoRSS Simple (georss:point "lat lon"), W3C geo (geo:lat, geo:long) or GML (gml:pos).</summary>
internal static class GeoReader
{
    public static GeoPoint? Read(FeedNode item)
    {
        if (item.Element(GeoRss, "point") is { } point)
            return Pair(point.Text());
        var lat = item.Element(Geo, "lat");
        var lon = item.Element(Geo, "long") ?? item.Element(Geo, "lon");
        if (lat is not null && lon is not null
            && ExtensionReader.Number(lat.Text()) is { } la && ExtensionReader.Number(lon.Text()) is { } lo)
            return Valid(la, lo);
        if (item.Element(GeoRss, "where") is { } where)
            foreach (var pos in Descendants(where).Where(n => n.Is(Gml, "pos")))
                return Pair(pos.Text());
        return null;
    }

    private static GeoPoint? Pair(string text)
    {
        var parts = text.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || ExtensionReader.Number(parts[0]) is not { } lat || ExtensionReader.Number(parts[1]) is not { } lon)
            return null;
        return Valid(lat, lon);
    }

    private static GeoPoint? Valid(double lat, double lon) =>
        lat is >= -90 and <= 90 && lon is >= -180 and <= 180 ? new GeoPoint(lat, lon) : null;

    private static IEnumerable<FeedNode> Descendants(FeedNode node)
    {
        foreach (var child in node.Elements())
        {
            yield return child;
            foreach (var inner in Descendants(child))
                yield return inner;
        }
    }
}
