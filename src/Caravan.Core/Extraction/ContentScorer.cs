using AngleSharp.Dom;

namespace Caravan.Extraction;

/// <summary>Finds the element holding the article: paragraphs score their ancestors (Readability's method), the
/// score is discounted by link density, and the best candidate's siblings that look like article text join it.</summary>
internal sealed class ContentScorer(NodeStats stats, bool weighClasses)
{
    const int MinParagraphLength = 25;
    const int AncestorLevels = 5;

    readonly Dictionary<IElement, double> _scores = new(ReferenceEqualityComparer.Instance);

    public double ScoreOf(IElement element) => _scores.TryGetValue(element, out var s) ? s : 0;

    public IReadOnlyDictionary<IElement, double> Scores => _scores;

    public IElement? FindTopCandidate(IElement body)
    {
        foreach (var element in Descendants.Named(body, CandidateNames))
        {
            if (element.LocalName == "font" && element.ParentElement?.LocalName is "p" or "span" or "font" or "a" or "li" or "td")
                continue;
            if (IsParagraphLike(element))
            {
                var stat = stats[element];
                if (stat.Text >= MinParagraphLength)
                    AddToAncestors(element.ParentElement, 1.0 + stat.Commas + Math.Min(stat.Text / 100, 3), body);
            }
            else if (DirectText(element) is var (length, commas) && length >= MinParagraphLength)
            {
                // Text written straight into a container between <br>s scores that container as a <p> would.
                AddToAncestors(element, 1.0 + commas + Math.Min(length / 100, 3), body);
            }
        }

        IElement? top = null;
        var topScore = double.MinValue;
        foreach (var (element, raw) in _scores)
        {
            var score = raw * (1 - stats.LinkDensity(element));
            _scores[element] = score;
            if (score > topScore)
            {
                top = element;
                topScore = score;
            }
        }
        if (top is null)
            return null;
        return ClimbToBetterParent(SharedAncestorOfCloseCandidates(top, topScore, body), body);
    }

    static readonly HashSet<string> CandidateNames =
        Descendants.Names("p", "pre", "td", "h2", "h3", "h4", "section", "div", "blockquote", "li", "article", "font");

    const int TopCandidates = 5;
    const int MinCloseCandidates = 3;

    /// <summary>Readability's alternative-candidate rule: when at least three of the next best candidates score within
    /// 75% of the top and share an ancestor with it, the article is split across them and that ancestor holds it all.</summary>
    IElement SharedAncestorOfCloseCandidates(IElement top, double topScore, IElement body)
    {
        if (topScore <= 0)
            return top;
        var close = new List<IElement>(TopCandidates);
        foreach (var (element, score) in _scores.OrderByDescending(kv => kv.Value).Skip(1).Take(TopCandidates - 1))
        {
            if (score / topScore >= 0.75)
                close.Add(element);
        }
        if (close.Count < MinCloseCandidates)
            return top;
        for (var parent = top.ParentElement; parent is not null && !ReferenceEquals(parent, body); parent = parent.ParentElement)
        {
            var containing = 0;
            foreach (var candidate in close)
            {
                if (parent.Contains(candidate))
                    containing++;
            }
            if (containing >= MinCloseCandidates)
                return parent;
        }
        return top;
    }

    /// <summary>Paragraphs, and divs/sections/list items that hold text directly rather than through child blocks.</summary>
    static bool IsParagraphLike(IElement element)
    {
        var name = element.LocalName;
        if (name is "p" or "pre" or "td" or "h2" or "h3" or "h4")
            return true;
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child && child.LocalName is "p" or "div" or "section" or "article" or "table" or "ul" or "ol" or "blockquote" or "pre" or "li" or "dl" or "figure" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6")
                return false;
        }
        return true;
    }

    void AddToAncestors(IElement? start, double score, IElement body)
    {
        var level = 0;
        for (var ancestor = start; ancestor is not null && level < AncestorLevels; ancestor = ancestor.ParentElement, level++)
        {
            if (!_scores.ContainsKey(ancestor))
                _scores[ancestor] = InitialScore(ancestor);
            var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            _scores[ancestor] += score / divider;
            if (ReferenceEquals(ancestor, body))
                break;
        }
    }

    static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "span", "b", "strong", "em", "i", "u", "font", "small", "sup", "sub", "mark", "abbr", "cite", "q", "time", "code",
    };

    /// <summary>Text length and commas of the text nodes and inline children directly inside a container.</summary>
    (int Length, int Commas) DirectText(IElement element)
    {
        var length = 0;
        var commas = 0;
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText text)
            {
                var trimmed = text.Data.AsSpan().Trim();
                length += trimmed.Length;
                commas += trimmed.Count(',');
            }
            else if (child is IElement e && Inline.Contains(e.LocalName))
            {
                length += stats[e].Text;
                commas += stats[e].Commas;
            }
        }
        return (length, commas);
    }

    double InitialScore(IElement element)
    {
        var score = element.LocalName switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (element.LocalName is "article" or "main" || element.GetAttribute("itemprop") == "articleBody")
            score += 10;
        return weighClasses ? score + ClassHints.Weight(element) : score;
    }

    IElement ClimbToBetterParent(IElement top, IElement body)
    {
        var lastScore = ScoreOf(top);
        var threshold = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && !ReferenceEquals(parent, body.ParentElement); parent = parent.ParentElement)
        {
            if (!_scores.TryGetValue(parent, out var parentScore))
                continue;
            if (parentScore < threshold)
                break;
            if (parentScore > lastScore)
            {
                top = parent;
                break;
            }
            lastScore = parentScore;
        }
        while (top.ParentElement is { } p && !ReferenceEquals(top, body) && !ReferenceEquals(p, body) && p.Children.Length == 1)
            top = p;
        // trafilatura-style recall: a parent whose extra text is prose (few links), not much more than the candidate,
        // holds a lead or a second text block the candidate missed.
        for (var i = 0; i < 2 && top.ParentElement is { } parent && !ReferenceEquals(top, body) && !ReferenceEquals(parent, body); i++)
        {
            var inner = stats[top];
            var outer = stats[parent];
            var extraText = outer.Text - inner.Text;
            var extraLinks = outer.LinkText - inner.LinkText;
            if (extraText <= 0 || extraText > inner.Text || extraLinks > extraText * 0.15 || outer.Paragraphs <= inner.Paragraphs)
                break;
            top = parent;
        }
        return top;
    }

    /// <summary>A sibling block of paragraphs with almost no links: the rest of an article split into sections
    /// (trafilatura keeps such blocks; Readability's score threshold loses them when each section is short).</summary>
    bool IsProseBlock(IElement element)
    {
        var stat = stats[element];
        return stat.Paragraphs >= 2 && stat.Text >= 200 && stats.LinkDensity(element) < 0.1 && ClassHints.Weight(element) >= 0;
    }

    /// <summary>The top candidate plus siblings that score well or read like article paragraphs (Readability's sibling pass).</summary>
    public List<IElement> WithSiblings(IElement top)
    {
        var parent = top.ParentElement;
        if (parent is null)
            return [top];
        var topScore = ScoreOf(top);
        var threshold = Math.Max(10, topScore * 0.2);
        var result = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (ReferenceEquals(sibling, top))
            {
                result.Add(sibling);
                continue;
            }
            var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
            if (_scores.TryGetValue(sibling, out var s) && s + bonus >= threshold)
            {
                result.Add(sibling);
                continue;
            }
            if (sibling.LocalName is "div" or "section" && IsProseBlock(sibling))
            {
                result.Add(sibling);
                continue;
            }
            if (sibling.LocalName is "p" or "h2" or "h3" or "blockquote" or "figure" or "ul" or "ol")
            {
                var stat = stats[sibling];
                var density = stats.LinkDensity(sibling);
                if (sibling.LocalName == "p" && stat.Text > 80 && density < 0.25)
                    result.Add(sibling);
                else if (sibling.LocalName == "p" && stat.Text > 0 && density == 0 && sibling.TextContent.Contains(". ", StringComparison.Ordinal))
                    result.Add(sibling);
            }
        }
        return result;
    }
}
