using System.Buffers;
using AngleSharp.Dom;
using Caravan.Cleaning;

namespace Caravan.Extraction;

/// <summary>Removes what survives inside the chosen content but is not article: link lists, forms, widgets, bylines,
/// the repeated headline (Readability's _cleanConditionally with the same thresholds, plus a few news-specific rules).</summary>
internal static class ContentCleaner
{
    public static void Clean(IElement content, NodeStats stats, ContentScorer scorer, string? title, bool conditionally)
    {
        RemoveBylines(content, stats);
        if (conditionally)
        {
            // Innermost first: the reverse of document order, as Readability walks them.
            var candidates = Descendants.Named(content, ConditionalNames);
            for (var i = candidates.Count - 1; i >= 0; i--)
            {
                var element = candidates[i];
                if (element.Parent is null)
                    continue;
                if (!HoldsMostOfTheProse(element, content, stats) && ShouldRemove(element, stats, scorer))
                    Remove(element, stats);
            }
        }
        foreach (var heading in Descendants.Named(content, HeadingNames))
        {
            if (ClassHints.Weight(heading) < 0 || stats.LinkDensity(heading) > 0.5 || stats[heading].Text == 0)
                Remove(heading, stats);
        }
        RemoveTitle(content, title, stats);
        foreach (var p in Descendants.Named(content, ParagraphNames))
        {
            if (stats[p].Text == 0 && stats[p].Images == 0 && Descendants.FirstNamed(p, MediaNames) is null)
                Remove(p, stats);
        }
    }

    /// <summary>The block with most of the content's unlinked text and several paragraphs is the article body, whatever
    /// else (galleries, player widgets) sits inside it: removing it would leave the extraction without its text.</summary>
    static bool HoldsMostOfTheProse(IElement element, IElement content, NodeStats stats)
    {
        var s = stats[element];
        var all = stats[content];
        return s.Paragraphs >= 2 && s.Text - s.LinkText > 0.5 * (all.Text - all.LinkText);
    }

    static bool ShouldRemove(IElement element, NodeStats stats, ContentScorer scorer)
    {
        var name = element.LocalName;
        if (name == "table" && IsDataTable(element))
            return false;
        if (name != "pre" && HasAncestorOrSelf(element, "code", "pre"))
            return false;
        var weight = ClassHints.Weight(element);
        if (IsProseList(element, weight, stats))
            return false;
        if (weight + scorer.ScoreOf(element) < 0)
            return true;
        var s = stats[element];
        if (s.Commas >= 10)
            return false;
        var isList = name is "ul" or "ol";
        var linkDensity = stats.LinkDensity(element);
        var headingDensity = s.Text == 0 ? 0 : (double)s.HeadingText / s.Text;
        var inFigure = HasAncestorOrSelf(element, "figure", "figure");
        var listItems = s.ListItems - 100;
        if (s.Images > 1 && (double)s.Paragraphs / s.Images < 0.5 && !inFigure)
            return true;
        if (!isList && listItems > s.Paragraphs)
            return true;
        if (s.Inputs > Math.Floor(s.Paragraphs / 3.0))
            return true;
        if (!isList && headingDensity < 0.9 && s.Text < 25 && (s.Images == 0 || s.Images > 2) && !inFigure)
            return true;
        if (!isList && weight < 25 && linkDensity > 0.2)
            return true;
        if (isList && linkDensity > 0.5)
            return true;
        if (weight >= 25 && linkDensity > 0.5)
            return true;
        return (s.Embeds == 1 && s.Text < 75) || s.Embeds > 1;
    }

    /// <summary>A list of text rather than links (ingredients, steps, key points) inside the article is article text, as
    /// trafilatura keeps it: Readability's −3 starting score for lists is a candidate-selection device, not a sign of
    /// boilerplate, so only a boilerplate name, links or form controls remove it.</summary>
    static bool IsProseList(IElement element, int weight, NodeStats stats) =>
        element.LocalName is "ul" or "ol" && weight >= 0 && stats[element].Inputs == 0 && stats[element].Text > 0
        && stats.LinkDensity(element) < 0.2;

    /// <summary>A table of data (th, caption, many cells) rather than layout.</summary>
    static bool IsDataTable(IElement table)
    {
        if (table.GetAttribute("role") == "presentation")
            return false;
        if (Descendants.FirstNamed(table, DataTableNames) is not null)
            return true;
        if (Descendants.FirstNamed(table, TableNames) is not null)
            return false;
        var rows = Descendants.Named(table, RowNames).Count;
        var cells = Descendants.Named(table, CellNames).Count;
        return rows >= 10 || cells > 4 && rows > 2;
    }

    static void RemoveBylines(IElement content, NodeStats stats)
    {
        foreach (var element in Descendants.All(content))
        {
            if (element.Parent is null || element.LocalName is "p" && stats[element].Text > 100)
                continue;
            var isByline = element.GetAttribute("rel") == "author" || element.GetAttribute("itemprop") is "author" or "datePublished"
                || ClassHints.NamesContain(element, BylineNames);
            if (isByline && stats[element].Text < 120)
                Remove(element, stats);
        }
    }

    static void RemoveTitle(IElement content, string? title, NodeStats stats)
    {
        if (title is null)
            return;
        var key = Blocks.Key(title);
        foreach (var heading in Descendants.Named(content, TitleHeadingNames).Take(2).ToArray())
        {
            var headingKey = Blocks.Key(heading.TextContent);
            if (headingKey.Length > 0 && (headingKey == key || (key.Length > 20 && key.Contains(headingKey, StringComparison.Ordinal)) || (headingKey.Length > 20 && headingKey.Contains(key, StringComparison.Ordinal))))
                Remove(heading, stats);
        }
        foreach (var h1 in Descendants.Named(content, H1Names))
            Remove(h1, stats); // the page's own headline is the title, not body text
    }

    static bool HasAncestorOrSelf(IElement element, string name, string otherName)
    {
        for (IElement? e = element; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == name || e.LocalName == otherName)
                return true;
        }
        return false;
    }

    static void Remove(IElement element, NodeStats stats)
    {
        stats.Subtract(element, Ancestors(element));
        element.Remove();
    }

    static IEnumerable<IElement> Ancestors(IElement element)
    {
        for (var a = element.ParentElement; a is not null; a = a.ParentElement)
            yield return a;
    }

    static readonly HashSet<string> ConditionalNames = Descendants.Names("form", "fieldset", "table", "ul", "ol", "div", "section", "figure", "header");
    static readonly HashSet<string> HeadingNames = Descendants.Names("h1", "h2", "h3", "h4", "h5", "h6");
    static readonly HashSet<string> TitleHeadingNames = Descendants.Names("h1", "h2");
    static readonly HashSet<string> H1Names = Descendants.Names("h1");
    static readonly HashSet<string> ParagraphNames = Descendants.Names("p");
    static readonly HashSet<string> MediaNames = Descendants.Names("img", "iframe", "video");
    static readonly HashSet<string> DataTableNames = Descendants.Names("caption", "th", "thead", "colgroup");
    static readonly HashSet<string> TableNames = Descendants.Names("table");
    static readonly HashSet<string> RowNames = Descendants.Names("tr");
    static readonly HashSet<string> CellNames = Descendants.Names("td");

    static readonly SearchValues<string> BylineNames = SearchValues.Create(
        ["byline", "author", "dateline", "writtenby", "article-meta", "articlemeta", "post-meta", "postmeta", "entry-meta",
         "entrymeta", "publish-date", "publishdate", "published-date", "publisheddate", "timestamp"], StringComparison.OrdinalIgnoreCase);
}
