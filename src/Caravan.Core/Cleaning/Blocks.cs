using System.Buffers;
using System.Text;
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

    /// <summary>Adds the leaf blocks below node in document order; returns whether node holds any block. One walk:
    /// a block is a leaf when nothing below it is a block, and a block inside an inline wrapper (&lt;a&gt;&lt;div&gt;…)
    /// counts too.</summary>
    static bool Collect(INode node, List<IElement> result)
    {
        var holdsBlock = false;
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement element)
                continue;
            var inner = Collect(element, result);
            if (IsBlock(element))
            {
                if (!inner)
                    result.Add(element); // nothing below it was added, so this keeps document order
                holdsBlock = true;
            }
            holdsBlock |= inner;
        }
        return holdsBlock;
    }

    public static bool IsBlock(IElement element) => PlainText.BlockElements.Contains(element.LocalName);

    static bool HasBlockChild(IElement element) => element.Children.Any(c => IsBlock(c) || HasBlockChild(c));

    /// <summary>Wraps runs of loose text and inline elements that sit beside blocks into their own paragraph,
    /// so "Text<p>…</p>Continue reading…" yields three units, not one.</summary>
    public static void WrapLooseInline(INode container, IDocument document)
    {
        // Siblings are read by index from a snapshot (AngleSharp finds a next sibling by searching the parent's list);
        // the loop below only changes nodes before the current one, so the snapshot's later entries are still the
        // current one's next siblings.
        var children = container.ChildNodes.ToArray();
        var hasBlock = false;
        var hasDoubleBreak = false;
        for (var i = 0; i < children.Length; i++)
        {
            hasBlock |= children[i] is IElement e && IsContainer(e);
            hasDoubleBreak |= IsBr(children[i]) && IsBr(NextNonBlank(children, i));
        }
        if (!hasBlock && !hasDoubleBreak)
            return;
        var run = new List<INode>();
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IElement e && IsContainer(e))
            {
                Wrap(run, container, document);
                WrapLooseInline(e, document);
            }
            else if (IsBr(child) && IsBr(NextNonBlank(children, i)))
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

    static INode? NextNonBlank(INode[] siblings, int index)
    {
        var i = index + 1;
        while (i < siblings.Length && siblings[i] is IText t && string.IsNullOrWhiteSpace(t.Data))
            i++;
        return i < siblings.Length ? siblings[i] : null;
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

    /// <summary>Text with whitespace collapsed, nbsp as space: <see cref="Collapse"/> of the node's text content,
    /// read from its text nodes directly rather than through a concatenated TextContent string.</summary>
    public static string TextOf(INode node)
    {
        var builder = CollapsingBuilder ??= new StringBuilder();
        builder.Clear();
        var pendingSpace = false;
        AppendCollapsed(node, builder, ref pendingSpace);
        return builder.ToString();
    }

    static void AppendCollapsed(INode node, StringBuilder builder, ref bool pendingSpace)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText text)
                AppendCollapsed(text.Data, builder, ref pendingSpace);
            else if (child is IElement)
                AppendCollapsed(child, builder, ref pendingSpace);
        }
    }

    [ThreadStatic]
    static StringBuilder? CollapsingBuilder;

    static readonly SearchValues<char> CollapsedSpace = SearchValues.Create(" \t\n\r\u00A0\u200B\f");

    /// <summary>Words separated by single spaces, none at either end (the separators: whitespace, nbsp, zero-width space).</summary>
    public static string Collapse(string text)
    {
        var first = text.AsSpan().IndexOfAny(CollapsedSpace);
        if (first < 0)
            return text;
        if (!NeedsCollapsing(text, first))
            return text;
        var builder = CollapsingBuilder ??= new StringBuilder();
        builder.Clear();
        var pendingSpace = false;
        AppendCollapsed(text, builder, ref pendingSpace);
        return builder.ToString();
    }

    /// <summary>Whether text has a separator other than one plain space between two words.</summary>
    static bool NeedsCollapsing(string text, int first)
    {
        if (first == 0 || text[^1] is var last && CollapsedSpace.Contains(last))
            return true;
        for (var i = first; i < text.Length; i++)
        {
            if (!CollapsedSpace.Contains(text[i]))
                continue;
            if (text[i] != ' ' || CollapsedSpace.Contains(text[i + 1]))
                return true;
        }
        return false;
    }

    static void AppendCollapsed(string data, StringBuilder builder, ref bool pendingSpace)
    {
        var rest = data.AsSpan();
        while (rest.Length > 0)
        {
            var at = rest.IndexOfAny(CollapsedSpace);
            var word = at < 0 ? rest : rest[..at];
            if (word.Length > 0)
            {
                if (pendingSpace)
                    builder.Append(' ');
                builder.Append(word);
                pendingSpace = false;
            }
            if (at < 0)
                break;
            pendingSpace = builder.Length > 0;
            rest = rest[(at + 1)..];
        }
    }

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
