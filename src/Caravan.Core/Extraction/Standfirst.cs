using System.Buffers;
using AngleSharp.Dom;
using Caravan.Cleaning;

namespace Caravan.Extraction;

/// <summary>Finds the lead paragraph (standfirst, intro, "Vorspann", "bajada") that a page prints above its article
/// body, in a header beside the body's container rather than inside it: candidate scoring never reaches it, since the
/// top candidate is the body, yet readers and trafilatura's evaluation count it as article text.</summary>
internal static class Standfirst
{
    /// <summary>How far above the chosen body the lead may sit: the article header is usually a sibling of the body or
    /// of its wrapper; further up are the page's own headers.</summary>
    const int AncestorLevels = 4;
    const int MinChars = 40;
    const int MaxChars = 1000;

    /// <summary>The lead printed before <paramref name="top"/> within its article, or null. It is recognised by a
    /// lead-like class name, by repeating the page's declared description (schema.org/OpenGraph as evidence), or as
    /// prose in the article's &lt;header&gt;; it must be prose (few links), not the headline, and not in <paramref name="parts"/>.</summary>
    public static IElement? Find(IElement top, IReadOnlyList<IElement> parts, NodeStats stats, string? description)
    {
        var descriptionKey = description is { Length: >= MinChars } ? Blocks.Key(description) : null;
        var child = top;
        for (var level = 0; level < AncestorLevels && child.ParentElement is { } ancestor && ancestor.LocalName != "body"; level++, child = ancestor)
        {
            if (ancestor.LocalName is "html")
                break;
            foreach (var before in ancestor.Children)
            {
                if (ReferenceEquals(before, child))
                    break;
                if (parts.Any(p => ReferenceEquals(p, before)))
                    continue;
                if (FirstLead(before, stats, descriptionKey, inHeader: false) is { } lead)
                    return lead;
            }
        }
        return null;
    }

    static IElement? FirstLead(IElement element, NodeStats stats, string? descriptionKey, bool inHeader)
    {
        var stat = stats[element];
        if (stat.Text < MinChars)
            return null;
        if (IsLead(element, stats, descriptionKey, inHeader))
            return element;
        var childInHeader = inHeader || element.LocalName == "header";
        foreach (var child in element.Children)
        {
            if (FirstLead(child, stats, descriptionKey, childInHeader) is { } lead)
                return lead;
        }
        return null;
    }

    static bool IsLead(IElement element, NodeStats stats, string? descriptionKey, bool inHeader)
    {
        var name = element.LocalName;
        if (name is not ("p" or "div" or "h2" or "section"))
            return false;
        var stat = stats[element];
        if (stat.Text > MaxChars || stat.Paragraphs > 2 || stats.LinkDensity(element) > 0.1 || ClassHints.Weight(element) < 0)
            return false;
        if (element.QuerySelector("h1, ul, ol, table, form, img") is not null)
            return false;
        if (descriptionKey is not null && Blocks.Key(element.TextContent) is { Length: >= MinChars } key
            && (key == descriptionKey || descriptionKey.StartsWith(key, StringComparison.Ordinal) || key.StartsWith(descriptionKey, StringComparison.Ordinal)))
            return true;
        if (ClassHints.NamesContain(element, LeadNames))
            return true;
        return inHeader && name == "p" && stat.Text >= 80;
    }

    /// <summary>Class and id words publishers give the lead paragraph, across languages (English, German "Vorspann",
    /// Spanish "bajada"/"entradilla", French "chapo", Czech/Polish "perex").</summary>
    static readonly SearchValues<string> LeadNames = SearchValues.Create(
        ["lead", "lede", "intro", "standfirst", "excerpt", "subtitle", "subheadline", "sub-headline", "subline", "dek",
         "vorspann", "bajada", "entradilla", "chapo", "chapeau", "perex", "summary", "description", "teaser-text",
         "article-teaser"], StringComparison.OrdinalIgnoreCase);
}
