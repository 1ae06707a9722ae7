using System.Globalization;
using System.Net;

namespace Caravan.Web.Pages;

/// <summary>HTML encoding and the few formatting rules every page shares.</summary>
static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A &lt;time&gt; element: machine-readable UTC, human-readable text.</summary>
    public static string Time(DateTimeOffset? t)
    {
        if (t is not { } v) return "";
        var utc = v.ToUniversalTime();
        return $"<time datetime=\"{utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}\">" +
               $"{utc.ToString("d MMM yyyy, HH:mm", CultureInfo.InvariantCulture)} UTC</time>";
    }

    /// <summary>An href only for http(s) URLs; anything else becomes "#".</summary>
    public static string Href(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps)
            ? E(u.AbsoluteUri) : "#";

    /// <summary>
    /// A lang attribute for an item whose language differs from its page's (WCAG 2.1 SC 3.1.2, language of parts), so
    /// screen readers and hyphenation treat a Russian headline on an English page as Russian; empty when they agree.
    /// </summary>
    public static string Lang(string? language, string pageLanguage = "en") =>
        string.IsNullOrWhiteSpace(language) || string.Equals(language, pageLanguage, StringComparison.OrdinalIgnoreCase) ? "" : $" lang=\"{E(language)}\"";

    const int MinExcerptWords = 8;

    /// <summary>The first paragraph that reads as prose (a kicker such as "Tourism" is skipped), cut at a word.</summary>
    public static string Excerpt(string text, int max = 280)
    {
        var paragraphs = text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var para = paragraphs.FirstOrDefault(p => p.Split(' ').Length >= MinExcerptWords) ?? paragraphs.FirstOrDefault() ?? "";
        if (para.Length <= max) return para;
        var cut = para.LastIndexOf(' ', max);
        return para[..(cut > max / 2 ? cut : max)] + "…";
    }
}
