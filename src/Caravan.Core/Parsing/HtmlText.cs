using System.Net;
using System.Text.RegularExpressions;

namespace Caravan.Parsing;

/// <summary>Conversions between plain text and HTML for text constructs.</summary>
internal static partial class HtmlText
{
    [GeneratedRegex(@"<[a-zA-Z/!][^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*\b[^>]*>|&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")]
    private static partial Regex HtmlSignal();

    [GeneratedRegex(@"<img\b[^>]*?\bsrc\s*=\s*(?:""([^""]+)""|'([^']+)'|([^\s>]+))", RegexOptions.IgnoreCase)]
    private static partial Regex ImageSource();

    /// <summary>The src of the first &lt;img&gt; in an HTML fragment, as gofeed and most readers take an item's picture.</summary>
    public static string? FirstImage(string? html)
    {
        if (html is null || !html.Contains("<img", StringComparison.OrdinalIgnoreCase))
            return null;
        var match = ImageSource().Match(html);
        if (!match.Success)
            return null;
        var src = WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Success ? match.Groups[2].Value : match.Groups[3].Value).Trim();
        return src.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || src.Length == 0 ? null : src;
    }

    /// <summary>Plain text escaped for use as HTML.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text).Replace("&#39;", "'", StringComparison.Ordinal).Replace("&quot;", "\"", StringComparison.Ordinal);

    /// <summary>The text an HTML fragment shows: tags dropped, entities decoded.</summary>
    public static string ToPlain(string html) => WebUtility.HtmlDecode(html.Contains('<') ? Tag().Replace(html, "") : html);

    /// <summary>Whether text written as "plain" in a feed actually carries markup or entity references (feedparser's looks-like-HTML test).</summary>
    public static bool LooksLikeHtml(string text) => text.IndexOfAny(['<', '&']) >= 0 && HtmlSignal().IsMatch(text);
}
