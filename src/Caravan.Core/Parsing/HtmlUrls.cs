using System.Net;
using System.Text.RegularExpressions;

namespace Caravan.Parsing;

/// <summary>
/// Resolves relative URLs inside escaped HTML content against the base in effect for the element that holds it
/// (xml:base, Content-Location, document URL), as feedparser does, so a later stage never needs the feed's base.
/// </summary>
internal static partial class HtmlUrls
{
    [GeneratedRegex("""(<[a-zA-Z][^>]*?\s(?:href|src|cite|poster|background|longdesc|action)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", RegexOptions.IgnoreCase)]
    private static partial Regex UrlAttribute();

    public static string Resolve(string html, Uri? baseUri)
    {
        if (baseUri is null || !baseUri.IsAbsoluteUri || (!html.Contains("href", StringComparison.OrdinalIgnoreCase) && !html.Contains("src", StringComparison.OrdinalIgnoreCase)))
            return html;
        return UrlAttribute().Replace(html, match =>
        {
            var quoted = match.Groups[2].Success ? match.Groups[2] : match.Groups[3].Success ? match.Groups[3] : match.Groups[4];
            var raw = WebUtility.HtmlDecode(quoted.Value);
            if (Uri.TryCreate(raw.Trim(), UriKind.Absolute, out var absolute) && !absolute.IsFile)
                return match.Value;
            var resolved = UrlResolver.Resolve(raw, baseUri) ?? raw;
            return match.Groups[1].Value + "\"" + WebUtility.HtmlEncode(resolved).Replace("&#39;", "'", StringComparison.Ordinal) + "\"";
        });
    }
}
