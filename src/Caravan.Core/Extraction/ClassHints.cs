using System.Buffers;
using AngleSharp.Dom;

namespace Caravan.Extraction;

/// <summary>What class and id names say about an element (patterns after Mozilla Readability and trafilatura).</summary>
/// <remarks>Every element's names are tested, so the word lists are vectorised multi-string searches
/// (<see cref="SearchValues{T}"/>) rather than regular expressions: same substring semantics, a fraction of the cost.</remarks>
internal static class ClassHints
{
    /// <summary>Containers that are almost never the article: removed before scoring unless also "maybe content".</summary>
    static readonly SearchValues<string> Unlikely = Words(
        "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap", "disqus", "extra", "footer",
        "gdpr", "header", "legends", "menu", "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
        "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", "cookie",
        "consent", "newsletter", "subscri", "sharing", "share", "outbrain", "taboola", "most-read", "mostread",
        "most-popular", "mostpopular", "trending", "recirc", "promo", "nav", "toolbar", "modal", "overlay", "signup",
        "sign-up", "login", "adsbygoogle", "advert", "teaser-list", "tags-list", "tagslist", "author-bio", "authorbio",
        "read-more", "readmore", "also-read", "alsoread", "see-also", "seealso", "more-news", "morenews", "print-only",
        "printonly");

    static readonly SearchValues<string> MaybeContent = Words(
        "and", "article", "body", "column", "content", "main", "mathjax", "shadow", "story", "post-text", "posttext", "entry");

    static readonly SearchValues<string> Positive = Words(
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "pagination", "post", "text", "blog",
        "story", "lead", "detail");

    /// <summary>Boilerplate-like names; the short "hid" only as a whole token (below).</summary>
    static readonly SearchValues<string> Negative = Words(
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media", "meta",
        "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags",
        "social", "newsletter", "subscri", "cookie", "recommend", "nav", "menu", "breadcrumb", "caption-credit", "byline");

    static readonly HashSet<string> UnlikelyRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search",
    };

    static SearchValues<string> Words(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    public static string ClassAndId(IElement element) => (element.ClassName ?? "") + " " + (element.Id ?? "");

    /// <summary>+25 for a content-like name, −25 for a boilerplate-like one, per class and id (Readability's getClassWeight).</summary>
    public static int Weight(IElement element) => Weight(element.ClassName) + Weight(element.Id);

    static int Weight(string? name)
    {
        if (string.IsNullOrEmpty(name))
            return 0;
        var weight = 0;
        if (IsNegative(name))
            weight -= 25;
        if (name.AsSpan().ContainsAny(Positive))
            weight += 25;
        return weight;
    }

    static bool IsNegative(string name)
    {
        if (name.AsSpan().ContainsAny(Negative))
            return true;
        // Readability's "^hid$| hid$| hid |^hid ": "hid" as a space-separated token.
        foreach (var token in name.AsSpan().Split(' '))
        {
            if (name.AsSpan()[token].Equals("hid", StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>An ARIA landmark role or a boilerplate name that no content name contradicts.</summary>
    public static bool IsUnlikely(string? role, string? className, string? id)
    {
        if (role is not null && UnlikelyRoles.Contains(role))
            return true;
        if (string.IsNullOrEmpty(className) && string.IsNullOrEmpty(id))
            return false;
        var unlikely = className.AsSpan().ContainsAny(Unlikely) || id.AsSpan().ContainsAny(Unlikely);
        return unlikely && !className.AsSpan().ContainsAny(MaybeContent) && !id.AsSpan().ContainsAny(MaybeContent);
    }

    /// <summary>Whether the element's class or id contains any of the given lower-case words.</summary>
    public static bool NamesContain(IElement element, SearchValues<string> words) =>
        (element.ClassName ?? "").AsSpan().ContainsAny(words) || (element.Id ?? "").AsSpan().ContainsAny(words);
}
