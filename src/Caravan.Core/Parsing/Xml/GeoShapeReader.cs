using static Caravan.Parsing.Xml.Namespaces;

namespace Caravan.Parsing.Xml;

/// <summary>
/// Reads an item's geometry from GeoRSS Simple (point, line, polygon) and GeoRSS GML (Point, LineString, Polygon),
/// as feedparser's "where" does. A shape the feed named but gave too few coordinates comes back with no positions.
/// </summary>
internal static class GeoShapeReader
{
    public static GeoShape? Read(FeedNode item)
    {
        foreach (var child in item.Elements())
        {
            if (child.Namespace == GeoRss)
            {
                switch (child.LocalName.ToLowerInvariant())
                {
                    case "point": return Shape("Point", child.Text(), swap: true, dimensions: 2, minimum: 1);
                    case "line": return Shape("LineString", child.Text(), swap: true, dimensions: 2, minimum: 2);
                    case "polygon": return Shape("Polygon", child.Text(), swap: true, dimensions: 2, minimum: 4);
                    case "where": return child.Elements().Where(e => e.Namespace == Gml).Select(GmlGeometry).FirstOrDefault(s => s is not null);
                }
            }
            else if (child.Namespace == Gml && GmlGeometry(child) is { } bare)
                return bare;
        }
        return null;
    }

    private static GeoShape? GmlGeometry(FeedNode geometry)
    {
        var srs = geometry.Attribute("srsName");
        // GML positions follow the reference system's axis order: lat-lon for geographic systems (EPSG:4326, 4979).
        var swap = srs is null || srs.Contains("4326", StringComparison.Ordinal) || srs.Contains("4979", StringComparison.Ordinal);
        var dimensions = int.TryParse(geometry.Attribute("srsDimension"), out var d) && d is 2 or 3 ? d : 2;
        var positions = string.Join(' ', Descendants(geometry).Where(n => n.Namespace == Namespaces.Gml && n.LocalName is "pos" or "posList").Select(n => n.Text()));
        return geometry.LocalName switch
        {
            "Point" => Shape("Point", positions, swap, dimensions, 1),
            "LineString" => Shape("LineString", positions, swap, dimensions, 2),
            "Polygon" => Shape("Polygon", positions, swap, dimensions, 4),
            _ => null,
        };
    }

    private static GeoShape Shape(string kind, string text, bool swap, int dimensions, int minimum)
    {
        var numbers = new List<double>();
        foreach (var part in text.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (ExtensionReader.Number(part) is not { } number)
                return new GeoShape(kind, []);
            numbers.Add(number);
        }
        if (numbers.Count % dimensions != 0 || numbers.Count / dimensions < minimum || (kind == "Point" && numbers.Count != dimensions))
            return new GeoShape(kind, []);
        var positions = new List<GeoPosition>();
        for (var i = 0; i < numbers.Count; i += dimensions)
        {
            var (first, second) = (numbers[i], numbers[i + 1]);
            double? altitude = dimensions == 3 ? numbers[i + 2] : null;
            positions.Add(swap ? new GeoPosition(first, second, altitude) : new GeoPosition(second, first, altitude));
        }
        return new GeoShape(kind, positions);
    }

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
