using System.Text;
using AngleSharp.Html.Parser;

namespace Caravan.Fetching;

/// <summary>Finds the feeds an HTML page advertises with &lt;link rel="alternate"&gt; (RSS Autodiscovery, HTML §4.6.7.1).</summary>
public static class FeedLinkFinder
{
    private static readonly string[] FeedTypes =
    [
        "application/rss+xml", "application/atom+xml", "application/feed+json",
        "application/json", "application/rdf+xml", "application/xml", "text/xml",
    ];

    /// <summary>Absolute feed URLs in document order, without duplicates.</summary>
    public static IReadOnlyList<Uri> Find(byte[] html, string? charset, Uri pageUrl)
    {
        var encoding = EncodingFor(charset);
        var document = new HtmlParser().ParseDocument(encoding.GetString(html));
        var baseUrl = pageUrl;
        var baseHref = document.QuerySelector("base[href]")?.GetAttribute("href");
        if (baseHref is not null && Uri.TryCreate(pageUrl, baseHref, out var declaredBase)) baseUrl = declaredBase;
        var found = new List<Uri>();
        foreach (var link in document.QuerySelectorAll("link[rel][href]"))
        {
            var rel = link.GetAttribute("rel")!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!rel.Contains("alternate", StringComparer.OrdinalIgnoreCase)) continue;
            var type = link.GetAttribute("type")?.Split(';')[0].Trim();
            if (type is null || !FeedTypes.Contains(type, StringComparer.OrdinalIgnoreCase)) continue;
            if (!Uri.TryCreate(baseUrl, link.GetAttribute("href")!.Trim(), out var url)) continue;
            if (url.Scheme is not ("http" or "https")) continue;
            if (!found.Contains(url)) found.Add(url);
        }
        return found;
    }

    private static Encoding EncodingFor(string? charset)
    {
        if (charset is null) return Encoding.UTF8;
        try { return Encoding.GetEncoding(charset.Trim('"')); }
        catch (ArgumentException) { return Encoding.UTF8; }
    }
}
