using AngleSharp.Dom;

namespace Caravan.Extraction;

/// <summary>Removes what is never article text before scoring: scripts, navigation, hidden and boilerplate-named containers.</summary>
/// <remarks>Two walks of the tree and one measuring pass, with no CSS selectors: the measures it returns stay valid
/// for the body after stripping, so scoring does not measure the page again.</remarks>
internal static class PageStripper
{
    static readonly HashSet<string> AlwaysRemoved = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "link", "meta", "object", "embed", "svg", "canvas", "button", "input",
        "select", "textarea", "nav", "aside", "footer", "dialog", "menu",
    };

    /// <summary>Strips the body and returns the text measures of what is left.</summary>
    public static NodeStats Strip(IElement body, bool removeUnlikely)
    {
        RemoveNeverContent(body, removeHidden: !removeUnlikely);
        var stats = NodeStats.Compute(body);
        if (removeUnlikely)
            RemoveHiddenAndUnlikely(body, stats, stats[body].Text, inTableOrCode: false);
        return stats;
    }

    // Child lists are walked by index (AngleSharp finds a next sibling by searching the parent's list): a removed
    // child's place is taken by the one after it, a replaced child's by its replacement, which is walked next.
    static void RemoveNeverContent(IElement parent, bool removeHidden)
    {
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length;)
        {
            if (children[i] is not IElement child)
            {
                i++;
                continue;
            }
            if (MarkupInside(child) is { } replacement)
            {
                child.Replace(replacement); // walk what the wrapper held, now in its place
                continue;
            }
            if (AlwaysRemoved.Contains(child.LocalName) || (removeHidden && Attributes.Of(child).IsHidden))
            {
                child.Remove();
                continue;
            }
            RemoveNeverContent(child, removeHidden);
            i++;
        }
    }

    /// <summary>Two wrappers that hold a page's article rather than its scripts: a client-side template
    /// (&lt;script type="text/template"&gt; holding paragraphs, as Blogger renders posts) and a noscript that swallowed
    /// the page (with scripting off, "&lt;noscript&gt;&lt;div&gt;&lt;/noscript&gt;" leaves the rest of the page inside it,
    /// HTML §13.2.6.4.7: the end tag is ignored once a special element is open). Either becomes a plain div.</summary>
    static IElement? MarkupInside(IElement element)
    {
        switch (element.LocalName)
        {
            case "script" when element.GetAttribute("type")?.Trim().ToLowerInvariant() is "text/template" or "text/x-template" or "text/html":
                var markup = element.TextContent;
                if (!markup.Contains("<p", StringComparison.OrdinalIgnoreCase))
                    return null;
                var div = element.Owner!.CreateElement("div");
                div.InnerHtml = markup;
                return div;
            case "noscript" when element.TextContent.Length > SwallowedPageChars:
                var wrapper = element.Owner!.CreateElement("div");
                while (element.FirstChild is { } node)
                    wrapper.AppendChild(node);
                return wrapper;
            default:
                return null;
        }
    }

    /// <summary>Noscript fallbacks are an image or a sentence asking for JavaScript; this much text is page content.</summary>
    const int SwallowedPageChars = 1000;

    /// <summary>Hidden elements always go; boilerplate-named containers go unless they hold most of the page's prose.
    /// Removed measures are taken out of their ancestors so the measures stay those of the stripped page.</summary>
    static void RemoveHiddenAndUnlikely(IElement parent, NodeStats stats, int bodyText, bool inTableOrCode)
    {
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement child)
                continue;
            var name = child.LocalName;
            var protectedByAncestor = inTableOrCode || name is "table" or "code" or "pre";
            var attributes = Attributes.Of(child);
            if (attributes.IsHidden || (!protectedByAncestor && IsUnlikelyContainer(child, attributes, stats) && !HoldsMostOfThePage(child, stats, bodyText)))
            {
                stats.Subtract(child, Ancestors(child));
                child.Remove();
                i--; // the next child now has this index
            }
            else
            {
                RemoveHiddenAndUnlikely(child, stats, bodyText, protectedByAncestor);
            }
        }
    }

    static IEnumerable<IElement> Ancestors(IElement element)
    {
        for (var a = element.ParentElement; a is not null; a = a.ParentElement)
            yield return a;
    }

    /// <summary>A boilerplate-named wrapper ("above-footer", "header-wrap") around most of the page's prose is a layout
    /// name, not boilerplate: removing it would remove the article.</summary>
    static bool HoldsMostOfThePage(IElement element, NodeStats stats, int bodyText) =>
        stats[element].Text > bodyText * 0.4 && stats.LinkDensity(element) < 0.3;

    /// <summary>The attributes stripping looks at, read in one loop over the element's attributes.</summary>
    readonly record struct Attributes(bool IsHidden, string? Role, string? ClassName, string? Id)
    {
        public static Attributes Of(IElement element)
        {
            bool hidden = false;
            string? role = null, className = null, id = null;
            var attributes = element.Attributes;
            for (var i = 0; i < attributes.Length; i++)
            {
                var attribute = attributes[i]!;
                var value = attribute.Value;
                switch (attribute.LocalName)
                {
                    case "hidden": hidden = true; break;
                    case "aria-hidden": hidden |= value == "true"; break;
                    case "style": hidden |= HidesElement(value); break;
                    case "role": role = value; break;
                    case "class": className = value; break;
                    case "id": id = value; break;
                }
            }
            // Some sites mark their lead image's fallback aria-hidden; it is still the article's image.
            if (hidden && className is not null && className.Contains("fallback-image", StringComparison.Ordinal) && !element.HasAttribute("hidden") && !HidesElement(element.GetAttribute("style")))
                hidden = false;
            return new Attributes(hidden, role, className, id);
        }

        static bool HidesElement(string? style) =>
            style is not null
            && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase)
                || style.Contains("display: none", StringComparison.OrdinalIgnoreCase)
                || style.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase)
                || style.Contains("visibility: hidden", StringComparison.OrdinalIgnoreCase));
    }

    static bool IsUnlikelyContainer(IElement element, Attributes attributes, NodeStats stats)
    {
        var name = element.LocalName;
        if (name is "body" or "a" or "article" or "main" or "p" or "h1" or "h2" or "h3" or "table" or "tbody" or "tr" or "td" or "th" or "figure" or "img")
            return false;
        if (!ClassHints.IsUnlikely(attributes.Role, attributes.ClassName, attributes.Id))
            return false;
        // A boilerplate-named wrapper around the article element ("header-wrapper" holding everything) is not boilerplate.
        return stats[element].Landmarks == (name == "main" ? 1 : 0);
    }
}
