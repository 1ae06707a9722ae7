using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Caravan.Extraction;

/// <summary>What class and id names say about an element (patterns after Mozilla Readability and trafilatura).</summary>
internal static partial class ClassHints
{
    /// <summary>Containers that are almost never the article: removed before scoring unless also "maybe content".</summary>
    [GeneratedRegex(@"-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|cookie|consent|newsletter|subscri|sharing|share|outbrain|taboola|most-?read|most-?popular|trending|recirc|promo|nav|toolbar|modal|overlay|signup|sign-up|login|adsbygoogle|advert|teaser-list|tags-?list|author-?bio|read-?more|also-?read|see-?also|more-?news|print-?only", RegexOptions.IgnoreCase)]
    public static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|mathjax|shadow|story|post-?text|entry", RegexOptions.IgnoreCase)]
    public static partial Regex MaybeContent();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|lead|detail", RegexOptions.IgnoreCase)]
    public static partial Regex Positive();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|social|newsletter|subscri|cookie|recommend|nav|menu|breadcrumb|caption-credit|byline", RegexOptions.IgnoreCase)]
    public static partial Regex Negative();

    static readonly HashSet<string> UnlikelyRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog", "banner", "contentinfo", "search",
    };

    public static string ClassAndId(IElement element) => (element.ClassName ?? "") + " " + (element.Id ?? "");

    /// <summary>+25 for a content-like name, −25 for a boilerplate-like one, per class and id (Readability's getClassWeight).</summary>
    public static int Weight(IElement element)
    {
        var weight = 0;
        foreach (var name in (string?[])[element.ClassName, element.Id])
        {
            if (string.IsNullOrEmpty(name))
                continue;
            if (Negative().IsMatch(name))
                weight -= 25;
            if (Positive().IsMatch(name))
                weight += 25;
        }
        return weight;
    }

    public static bool IsUnlikely(IElement element)
    {
        var role = element.GetAttribute("role");
        if (role is not null && UnlikelyRoles.Contains(role))
            return true;
        var names = ClassAndId(element);
        return names.Length > 1 && Unlikely().IsMatch(names) && !MaybeContent().IsMatch(names);
    }
}
