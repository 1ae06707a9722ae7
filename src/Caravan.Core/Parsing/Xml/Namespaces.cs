namespace Caravan.Parsing.Xml;

/// <summary>Namespace URIs of the feed vocabularies Caravan reads.</summary>
internal static class Namespaces
{
    public const string Xml = "http://www.w3.org/XML/1998/namespace";
    public const string Xmlns = "http://www.w3.org/2000/xmlns/";
    public const string Atom10 = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rss10 = "http://purl.org/rss/1.0/";
    public const string Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public const string Rss2Userland = "http://backend.userland.com/rss2";
    public const string Rss2Userland2 = "http://blogs.law.harvard.edu/tech/rss";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";
    public const string DcTerms = "http://purl.org/dc/terms/";
    public const string Media = "http://search.yahoo.com/mrss/";
    public const string Itunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public const string Slash = "http://purl.org/rss/1.0/modules/slash/";
    public const string GeoRss = "http://www.georss.org/georss";
    public const string Geo = "http://www.w3.org/2003/01/geo/wgs84_pos#";
    public const string Gml = "http://www.opengis.net/gml";
    public const string Xhtml = "http://www.w3.org/1999/xhtml";
    public const string Wfw = "http://wellformedweb.org/CommentAPI/";
    public const string PodloveChapters = "http://podlove.org/simple-chapters";
    public const string CreativeCommons = "http://web.resource.org/cc/";
    public const string CreativeCommonsRss = "http://backend.userland.com/creativeCommonsRssModule";

    /// <summary>What feedparser assumes for common prefixes a feed forgot to declare.</summary>
    public static readonly IReadOnlyDictionary<string, string> WellKnownPrefixes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["xml"] = Xml,
        ["atom"] = Atom10,
        ["rdf"] = Rdf,
        ["content"] = Content,
        ["dc"] = DublinCore,
        ["dcterms"] = DcTerms,
        ["media"] = Media,
        ["itunes"] = Itunes,
        ["slash"] = Slash,
        ["georss"] = GeoRss,
        ["geo"] = Geo,
        ["gml"] = Gml,
        ["xhtml"] = Xhtml,
        ["wfw"] = Wfw,
    };

    /// <summary>Alternative URIs feeds use for the same vocabulary (feedparser's namespace table).</summary>
    public static string Normalize(string ns) => ns switch
    {
        _ when ns.StartsWith("http://www.itunes.com/dtds/podcast-1.0.dtd", StringComparison.OrdinalIgnoreCase) => Itunes,
        // Names Atom had before 0.3 settled on purl.org/atom/ns# (feedparser's table).
        "http://purl.org/atom/ns#" or "http://example.com/necho" or "http://purl.org/echo/" or "http://purl.org/pie/" or "http://example.com/newformat#" => Atom03,
        "http://www.w3.org/2005/atom" => Atom10,
        "http://search.yahoo.com/mrss" or "http://video.search.yahoo.com/mrss" or "http://video.search.yahoo.com/mrss/" => Media,
        "https://www.itunes.com/dtds/podcast-1.0.dtd" => Itunes,
        "http://purl.org/dc/elements/1.0/" => DublinCore,
        "http://purl.org/rss/1.0/modules/content" => Content,
        _ => ns,
    };
}
