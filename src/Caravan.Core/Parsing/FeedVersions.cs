using Caravan.Parsing.Xml;

namespace Caravan.Parsing;

/// <summary>Names the exact format version the way feedparser does (its "version" key), for diagnostics and comparisons.</summary>
internal static class FeedVersions
{
    public static string Name(FeedFormat format, FeedNode root, string document) => format switch
    {
        FeedFormat.Atom10 => "atom10",
        FeedFormat.Atom03 => "atom03",
        FeedFormat.Rss10 => "rss10",
        FeedFormat.Rss09x when root.LocalName.Equals("rdf", StringComparison.OrdinalIgnoreCase) => "rss090",
        FeedFormat.Rss09x or FeedFormat.Rss20 => RssVersion(root.Attribute("version")?.Trim(), document),
        _ => ParsedFeedJson.FormatName(format),
    };

    private static string RssVersion(string? version, string document) => version switch
    {
        null or "" => "rss",
        // RSS 0.91 exists in Netscape's (with its DTD) and Userland's flavours.
        "0.91" => document.Contains("-//Netscape Communications//DTD RSS 0.91", StringComparison.Ordinal) ? "rss091n" : "rss091u",
        "0.92" => "rss092",
        "0.93" => "rss093",
        "0.94" => "rss094",
        _ when version.StartsWith("2.", StringComparison.Ordinal) => "rss20",
        _ => "rss",
    };
}
