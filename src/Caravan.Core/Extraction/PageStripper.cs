using AngleSharp.Dom;

namespace Caravan.Extraction;

/// <summary>Removes what is never article text before scoring: scripts, navigation, hidden and boilerplate-named containers.</summary>
internal static class PageStripper
{
    static readonly string[] AlwaysRemoved =
    [
        "script", "style", "noscript", "template", "link", "meta", "object", "embed", "svg", "canvas", "button", "input",
        "select", "textarea", "nav", "aside", "footer", "dialog", "menu",
    ];

    public static void Strip(IElement body, bool removeUnlikely)
    {
        foreach (var element in body.QuerySelectorAll(string.Join(",", AlwaysRemoved)).ToArray())
            element.Remove();
        var all = body.QuerySelectorAll("*").ToArray();
        var stats = removeUnlikely ? NodeStats.Compute(body) : null;
        var bodyText = stats?[body].Text ?? 0;
        foreach (var element in all)
        {
            if (element.Parent is null)
                continue; // already gone with an ancestor
            if (IsHidden(element) || (stats is not null && IsUnlikelyContainer(element) && !HoldsMostOfThePage(element, stats, bodyText)))
                element.Remove();
        }
    }

    /// <summary>A boilerplate-named wrapper ("above-footer", "header-wrap") around most of the page's prose is a layout
    /// name, not boilerplate: removing it would remove the article.</summary>
    static bool HoldsMostOfThePage(IElement element, NodeStats stats, int bodyText) =>
        stats[element].Text > bodyText * 0.4 && stats.LinkDensity(element) < 0.3;

    static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
            return true;
        if (element.GetAttribute("aria-hidden") == "true" && !(element.ClassName ?? "").Contains("fallback-image", StringComparison.Ordinal))
            return true;
        var style = element.GetAttribute("style");
        return style is not null
            && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
                || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)
                || style.Contains("visibility: hidden", StringComparison.OrdinalIgnoreCase));
    }

    static bool IsUnlikelyContainer(IElement element)
    {
        var name = element.LocalName;
        if (name is "body" or "a" or "article" or "main" or "p" or "h1" or "h2" or "h3" or "table" or "tbody" or "tr" or "td" or "th" or "figure" or "img")
            return false;
        if (!ClassHints.IsUnlikely(element))
            return false;
        // A boilerplate-named wrapper around most of the page (a "header-wrapper" holding everything) is not boilerplate.
        return element.Closest("table, code, pre") is null && element.QuerySelector("article, main") is null;
    }
}
