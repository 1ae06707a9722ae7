using AngleSharp.Dom;

namespace Caravan.Cleaning;

/// <summary>Judges one paragraph at a time: attribution, teaser link, share prompt, credit line, repeated title.</summary>
internal static class LineRules
{
    public static void Apply(IElement block, CleaningState state)
    {
        var text = Blocks.TextOf(block);
        if (text.Length == 0)
        {
            if (Blocks.IsBlank(block))
                state.Remove(block, BoilerplateKind.EmptyParagraph, "");
            return;
        }
        if (TryAttribution(block, text, state))
            return;
        if (text.Length <= 80 && BoilerplatePatterns.TeaserLink().IsMatch(text))
        {
            state.IsTeaser = true;
            state.Remove(block, BoilerplateKind.TeaserLink, text);
            return;
        }
        if (BoilerplatePatterns.SharePrompt().IsMatch(text))
        {
            state.SawSharePrompt = true;
            state.Remove(block, BoilerplateKind.SharePrompt, text);
            return;
        }
        if (IsShareLine(text))
        {
            state.SawSharePrompt = true;
            state.Remove(block, BoilerplateKind.SharePrompt, text);
            return;
        }
        if ((state.SawSharePrompt || block.LocalName == "li") && BoilerplatePatterns.ShareNetwork().IsMatch(text))
        {
            state.Remove(block, BoilerplateKind.SharePrompt, text);
            return;
        }
        if (ImageCredits.FromLine(text) is { } credit)
        {
            state.ImageCredit ??= credit;
            state.Remove(block, BoilerplateKind.ImageCredit, text);
            return;
        }
        if (!state.SawText && state.TitleKey is { Length: > 0 } titleKey && Blocks.Key(text) == titleKey)
        {
            state.Remove(block, BoilerplateKind.RepeatedTitle, text);
            return;
        }
        var anchorRemoved = RemoveTrailingTeaserAnchor(block, state);
        if (anchorRemoved)
            text = Blocks.TextOf(block);
        if (text.Length > 0)
        {
            state.SawText = true;
            if (!anchorRemoved)
                state.IsTeaser = false; // text after a "Read more" line: that line was a related link, not a teaser's end
        }
    }

    /// <summary>"Share this: Facebook Twitter" in one paragraph: a share prompt followed only by network names.</summary>
    static bool IsShareLine(string text)
    {
        var colon = text.IndexOf(':');
        if (colon <= 0 || colon > 40 || !BoilerplatePatterns.SharePrompt().IsMatch(text[..(colon + 1)].Trim()))
            return false;
        var networks = text[(colon + 1)..].Split([' ', ',', '|', '·', '•'], StringSplitOptions.RemoveEmptyEntries);
        return networks.Length > 0 && networks.All(n => BoilerplatePatterns.ShareNetwork().IsMatch(n));
    }

    static bool TryAttribution(IElement block, string text, CleaningState state)
    {
        if (text.Length > 300)
            return false;
        var m = BoilerplatePatterns.AppearedFirst().Match(text);
        string? linkText = null;
        if (m.Success)
        {
            linkText = m.Groups["title"].Value;
        }
        else
        {
            m = BoilerplatePatterns.OriginallyPublished().Match(text);
            if (!m.Success && text.Length <= 150)
                m = BoilerplatePatterns.SourceLine().Match(text);
            if (!m.Success)
                return false;
        }
        var outlet = m.Groups["outlet"].Value.Trim();
        state.OriginalOutlet ??= outlet;
        state.OriginalUrl ??= LinkIn(block, linkText);
        state.Remove(block, BoilerplateKind.Attribution, text);
        return true;
    }

    /// <summary>The link whose text is linkText (the post's title in "The post T appeared first on X"), else the first link.</summary>
    static Uri? LinkIn(IElement block, string? linkText)
    {
        IElement? chosen = null;
        foreach (var a in block.QuerySelectorAll("a[href]"))
        {
            if (linkText is not null && Blocks.TextOf(a) == linkText)
            {
                chosen = a;
                break;
            }
            chosen ??= a;
        }
        return chosen is not null && Uri.TryCreate(chosen.GetAttribute("href"), UriKind.Absolute, out var uri) ? uri : null;
    }

    /// <summary>"…last sentence. &lt;a&gt;Read more&lt;/a&gt;" at the end of the final paragraph.</summary>
    static bool RemoveTrailingTeaserAnchor(IElement block, CleaningState state)
    {
        var last = block.LastChild;
        while (last is IText t && string.IsNullOrWhiteSpace(t.Data))
            last = last.PreviousSibling;
        if (last is not IElement { LocalName: "a" } anchor)
            return false;
        var anchorText = Blocks.TextOf(anchor);
        if (anchorText.Length > 60 || !BoilerplatePatterns.TeaserLink().IsMatch(anchorText))
            return false;
        anchor.Remove();
        state.IsTeaser = true;
        state.Removed.Add(new RemovedBoilerplate(BoilerplateKind.TeaserLink, anchorText));
        return true;
    }

    /// <summary>WordPress excerpts end in "[…]": the item is a teaser; the mark itself goes.</summary>
    public static void StripTrailingTeaserMarks(List<IElement> leaves, CleaningState state)
    {
        for (var i = leaves.Count - 1; i >= 0; i--)
        {
            var block = leaves[i];
            if (Blocks.TextOf(block).Length == 0)
                continue;
            var lastText = LastTextNode(block);
            if (lastText is null)
                return;
            var m = BoilerplatePatterns.ExcerptEllipsis().Match(lastText.Data);
            if (m.Success)
            {
                lastText.Data = lastText.Data[..m.Index] + "…";
                state.IsTeaser = true;
                state.Removed.Add(new RemovedBoilerplate(BoilerplateKind.TeaserLink, m.Value.Trim()));
            }
            return;
        }
    }

    static IText? LastTextNode(INode node)
    {
        for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
        {
            if (child is IText t && !string.IsNullOrWhiteSpace(t.Data))
                return t;
            if (child is IElement && LastTextNode(child) is { } inner)
                return inner;
        }
        return null;
    }
}
