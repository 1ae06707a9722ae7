using AngleSharp.Dom;

namespace Caravan.Cleaning;

/// <summary>Helpers to see a fragment as a sequence of paragraphs ("leaf blocks") that can be judged and removed one by one.</summary>
internal static class Blocks
{
    /// <summary>Block elements holding no other block: the units boilerplate comes in.</summary>
    public static List<IElement> Leaves(INode root)
    {
        var result = new List<IElement>();
        Collect(root, result);
        return result;
    }

    static void Collect(INode node, List<IElement> result)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is not IElement element)
                continue;
            if (!IsBlock(element))
            {
                if (HasBlockChild(element))
                    Collect(element, result); // a block inside an inline wrapper (<a><div>…</div></a>)
                continue;
            }
            if (HasBlockChild(element))
                Collect(element, result);
            else
                result.Add(element);
        }
    }

    public static bool IsBlock(IElement element) => PlainText.BlockElements.Contains(element.LocalName);

    static bool HasBlockChild(IElement element) => element.Children.Any(c => IsBlock(c) || HasBlockChild(c));

    /// <summary>Wraps runs of loose text and inline elements that sit beside blocks into their own paragraph,
    /// so "Text<p>…</p>Continue reading…" yields three units, not one.</summary>
    public static void WrapLooseInline(INode container, IDocument document)
    {
        var hasBlock = false;
        var hasDoubleBreak = false;
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            hasBlock |= child is IElement e && IsContainer(e);
            hasDoubleBreak |= IsBr(child) && IsBr(NextNonBlank(child));
        }
        if (!hasBlock && !hasDoubleBreak)
            return;
        var run = new List<INode>();
        foreach (var child in container.ChildNodes.ToArray())
        {
            if (child is IElement e && IsContainer(e))
            {
                Wrap(run, container, document);
                WrapLooseInline(e, document);
            }
            else if (IsBr(child) && IsBr(NextNonBlank(child)))
            {
                // "<br><br>" is how old pages and many feeds separate paragraphs.
                Wrap(run, container, document);
                child.RemoveFromParent();
            }
            else if (IsBr(child) && run.Count == 0)
            {
                child.RemoveFromParent(); // the second <br> of a pair, or a stray one opening a paragraph
            }
            else
            {
                run.Add(child);
            }
        }
        Wrap(run, container, document);
    }

    static bool IsContainer(IElement e) => IsBlock(e) || e.LocalName is "td" or "th" or "tbody" or "thead" || HasBlockChild(e);

    static bool IsBr(INode? node) => node is IElement { LocalName: "br" };

    static INode? NextNonBlank(INode node)
    {
        var next = node.NextSibling;
        while (next is IText t && string.IsNullOrWhiteSpace(t.Data))
            next = next.NextSibling;
        return next;
    }

    static void Wrap(List<INode> run, INode container, IDocument document)
    {
        while (run.Count > 0 && (IsBr(run[^1]) || run[^1] is IText { Data: var d } && string.IsNullOrWhiteSpace(d)))
            run.RemoveAt(run.Count - 1);
        if (run.Count == 0)
            return;
        if (run.Any(n => n is IText t ? !string.IsNullOrWhiteSpace(t.Data) : n is IElement { LocalName: not "br" }))
        {
            var p = document.CreateElement("p");
            container.InsertBefore(p, run[0]);
            foreach (var node in run)
                p.AppendChild(node);
        }
        run.Clear();
    }

    /// <summary>Removes an element, then any ancestor left with nothing to show.</summary>
    public static void RemoveWithEmptyAncestors(IElement element, INode root)
    {
        var parent = element.Parent;
        element.Remove();
        while (parent is IElement p && !ReferenceEquals(p, root) && IsBlank(p))
        {
            var next = p.Parent;
            p.Remove();
            parent = next;
        }
    }

    /// <summary>No text and no image or embed inside.</summary>
    public static bool IsBlank(IElement element) =>
        string.IsNullOrWhiteSpace(element.TextContent.Replace('\u00A0', ' '))
        && element.QuerySelector("img, iframe") is null
        && element.LocalName is not ("img" or "iframe" or "hr");

    /// <summary>Text with whitespace collapsed, nbsp as space.</summary>
    public static string TextOf(INode node) => Collapse(node.TextContent);

    public static string Collapse(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\t', '\n', '\r', '\u00A0', '\u200B', '\f'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Letters and digits only, lower-cased: "Russia.”" and "Russia,”" compare equal.</summary>
    public static string Key(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && n > 0)
                    chars[n++] = ' ';
                chars[n++] = char.ToLowerInvariant(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return new string(chars, 0, n);
    }
}
