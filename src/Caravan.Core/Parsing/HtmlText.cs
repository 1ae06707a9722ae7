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

    /// <summary>Plain text escaped for use as HTML.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text).Replace("&#39;", "'", StringComparison.Ordinal).Replace("&quot;", "\"", StringComparison.Ordinal);

    /// <summary>The text an HTML fragment shows: tags dropped, entities decoded.</summary>
    public static string ToPlain(string html) => WebUtility.HtmlDecode(Tag().Replace(html, ""));

    /// <summary>Whether text written as "plain" in a feed actually carries markup or entity references (feedparser's looks-like-HTML test).</summary>
    public static bool LooksLikeHtml(string text) => text.IndexOfAny(['<', '&']) >= 0 && HtmlSignal().IsMatch(text);
}
