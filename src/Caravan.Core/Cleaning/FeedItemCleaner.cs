using AngleSharp.Dom;

namespace Caravan.Cleaning;

/// <summary>Cleans a feed item's body: sanitizes it, turns attribution, teaser and credit lines into data,
/// drops share prompts and repeated paragraphs, and says whether anything readable is left.</summary>
public static class FeedItemCleaner
{
    public static CleanedItem Clean(string? html, string? title, Uri? baseUrl)
    {
        var safe = Sanitizer.Clean(html ?? "", baseUrl);
        var root = Sanitizer.ParseFragment(safe);
        var document = root.Owner!;
        Blocks.WrapLooseInline(root, document);

        var state = new CleaningState(root, title, baseUrl);
        var leaves = Blocks.Leaves(root);
        if (leaves.Count == 0 && !string.IsNullOrWhiteSpace(root.TextContent))
        {
            var p = document.CreateElement("p");
            foreach (var node in root.ChildNodes.ToArray())
                p.AppendChild(node);
            root.AppendChild(p);
            leaves.Add(p);
        }

        foreach (var block in leaves)
            LineRules.Apply(block, state);
        RepeatedParagraphs.Remove(Blocks.Leaves(root), state);
        LineRules.StripTrailingTeaserMarks(Blocks.Leaves(root), state);

        var text = PlainText.From(root);
        // An item with no text is published as a link only, so it has no body to render.
        var cleanHtml = text.Length == 0 ? "" : Sanitizer.Clean(root, baseUrl);
        var firstParagraph = text.Split("\n\n", 2)[0];
        return new CleanedItem
        {
            Html = cleanHtml,
            Text = text,
            IsTeaser = state.IsTeaser,
            OriginalOutlet = state.OriginalOutlet,
            OriginalUrl = state.OriginalUrl,
            ImageUrl = FirstImage(root),
            ImageCredit = state.ImageCredit ?? CaptionCredit(root),
            Dateline = Datelines.FromFirstParagraph(firstParagraph),
            IsEmpty = text.Length == 0,
            RemovedBoilerplate = state.Removed,
        };
    }

    static Uri? FirstImage(INode root)
    {
        foreach (var img in ((IParentNode)root).QuerySelectorAll("img"))
        {
            if (Uri.TryCreate(img.GetAttribute("src"), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
                return uri;
        }
        return null;
    }

    static string? CaptionCredit(INode root)
    {
        var caption = ((IParentNode)root).QuerySelector("figcaption");
        return caption is null ? null : ImageCredits.FromCaptionEnd(Blocks.TextOf(caption));
    }
}

/// <summary>What cleaning has learned so far about one item.</summary>
internal sealed class CleaningState(INode root, string? title, Uri? baseUrl)
{
    public INode Root { get; } = root;
    public string? TitleKey { get; } = string.IsNullOrWhiteSpace(title) ? null : Blocks.Key(title);
    public Uri? BaseUrl { get; } = baseUrl;
    public bool IsTeaser { get; set; }
    public bool SawSharePrompt { get; set; }
    public bool SawText { get; set; }
    public string? OriginalOutlet { get; set; }
    public Uri? OriginalUrl { get; set; }
    public string? ImageCredit { get; set; }
    public List<RemovedBoilerplate> Removed { get; } = [];

    public void Remove(IElement block, BoilerplateKind kind, string text)
    {
        Removed.Add(new RemovedBoilerplate(kind, text));
        Blocks.RemoveWithEmptyAncestors(block, Root);
    }
}
