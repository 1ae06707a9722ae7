using System.Net;
using System.Text.RegularExpressions;

namespace Caravan.Parsing;

/// <summary>Feed autodiscovery: the &lt;link rel="alternate" type="application/rss+xml|atom+xml|feed+json"&gt; URLs of an HTML page.</summary>
internal static partial class HtmlFeedLinks
{
    [GeneratedRegex(@"<link\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex LinkTag();

    [GeneratedRegex(@"<base\b[^>]*\bhref\s*=\s*[""']?([^""'\s>]+)", RegexOptions.IgnoreCase)]
    private static partial Regex BaseTag();

    [GeneratedRegex(@"([a-zA-Z:-]+)\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s>]+))")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"^\s*(?:<\?[^>]*>\s*|<!--.*?-->\s*|<![^>]*>\s*)*<(?:html|head|body)\b", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlStart();

    public static bool LooksLikeHtml(string text) => HtmlStart().IsMatch(text.Length > 4096 ? text[..4096] : text);

    public static IReadOnlyList<string> Find(string html, Uri? documentUrl)
    {
        var baseUri = documentUrl;
        if (BaseTag().Match(html) is { Success: true } baseTag)
            baseUri = UrlResolver.ResolveUri(WebUtility.HtmlDecode(baseTag.Groups[1].Value), documentUrl) ?? documentUrl;
        var links = new List<string>();
        foreach (Match tag in LinkTag().Matches(html))
        {
            var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (Match attribute in Attribute().Matches(tag.Value))
                attributes.TryAdd(attribute.Groups[1].Value, WebUtility.HtmlDecode(attribute.Groups[2].Success ? attribute.Groups[2].Value : attribute.Groups[3].Success ? attribute.Groups[3].Value : attribute.Groups[4].Value));
            var rels = attributes.GetValueOrDefault("rel", "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var type = attributes.GetValueOrDefault("type", "").Trim().ToLowerInvariant();
            if (!rels.Contains("alternate", StringComparer.OrdinalIgnoreCase) || !attributes.TryGetValue("href", out var href))
                continue;
            if (type is not ("application/rss+xml" or "application/atom+xml" or "application/feed+json" or "application/json" or "application/rdf+xml" or "text/xml" or "application/xml"))
                continue;
            var url = UrlResolver.Resolve(href, baseUri);
            if (url is not null && !links.Contains(url))
                links.Add(url);
        }
        return links;
    }
}
