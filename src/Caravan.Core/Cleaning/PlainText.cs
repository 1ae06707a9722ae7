using System.Text;
using AngleSharp.Dom;

namespace Caravan.Cleaning;

/// <summary>Turns a DOM subtree into reading text: one paragraph per block, blank line between paragraphs.</summary>
internal static class PlainText
{
    /// <summary>Elements that start and end a paragraph of their own.</summary>
    internal static readonly HashSet<string> BlockElements = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figure", "figcaption", "tr",
        "dt", "dd", "section", "article", "header", "footer", "aside", "ul", "ol", "dl", "table", "caption",
        "address", "details", "summary", "main", "nav", "form", "fieldset", "hr", "center", "iframe",
    };

    static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "math", "button",
        "select", "textarea", "input", "option", "iframe", "object", "embed", "canvas", "audio", "video",
    };

    public static string From(INode root) => From(root, skip: null);

    /// <summary>As <see cref="From(INode)"/>, leaving out elements the predicate names (the extractor leaves out captions).</summary>
    public static string From(INode root, Func<IElement, bool>? skip)
    {
        var builder = new ParagraphBuilder();
        Walk(root, builder, preformatted: false, skip);
        return builder.Finish();
    }

    static void Walk(INode node, ParagraphBuilder builder, bool preformatted, Func<IElement, bool>? skip)
    {
        // By index: AngleSharp finds a node's next sibling by searching its parent's child list (quadratic on wide nodes).
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText text)
            {
                builder.Append(text.Data, preformatted);
                continue;
            }
            if (child is not IElement element)
                continue;
            var name = element.LocalName;
            if (Skipped.Contains(name) || (skip is not null && skip(element)))
                continue;
            if (name == "br")
            {
                builder.LineBreak();
                continue;
            }
            var isBlock = BlockElements.Contains(name);
            if (isBlock)
                builder.Break();
            else if (name is "td" or "th")
                builder.Append(" ", preformatted: false);
            Walk(element, builder, preformatted || name == "pre", skip);
            if (isBlock)
                builder.Break();
        }
    }

    /// <summary>Accumulates inline text with HTML whitespace collapsing and emits finished paragraphs.</summary>
    sealed class ParagraphBuilder
    {
        readonly StringBuilder _all = new();
        readonly StringBuilder _current = new();
        bool _pendingSpace;

        public void Append(string text, bool preformatted)
        {
            foreach (var c in text)
            {
                if (c is '\u00AD' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF')
                    continue; // soft hyphens and zero-width joiners: invisible when rendered, noise in text
                if (!preformatted && (char.IsWhiteSpace(c) || c == '\u200B'))
                {
                    _pendingSpace = _current.Length > 0 && _current[^1] != '\n';
                    continue;
                }
                if (_pendingSpace)
                {
                    _current.Append(' ');
                    _pendingSpace = false;
                }
                _current.Append(c == '\u00A0' ? ' ' : c);
            }
        }

        public void LineBreak()
        {
            if (_current.Length > 0 && _current[^1] == '\n' || EndsWithNewlineAndSpace())
            {
                Break(); // <br><br>: a paragraph break written the old way
                return;
            }
            TrimEnd();
            if (_current.Length > 0)
                _current.Append('\n');
            _pendingSpace = false;
        }

        public void Break()
        {
            TrimEnd();
            _pendingSpace = false;
            if (_current.Length == 0)
                return;
            if (_all.Length > 0)
                _all.Append("\n\n");
            _all.Append(_current);
            _current.Clear();
        }

        bool EndsWithNewlineAndSpace()
        {
            var i = _current.Length - 1;
            while (i >= 0 && _current[i] == ' ')
                i--;
            return i >= 0 && i < _current.Length - 1 && _current[i] == '\n';
        }

        void TrimEnd()
        {
            while (_current.Length > 0 && char.IsWhiteSpace(_current[^1]))
                _current.Length--;
        }

        public string Finish()
        {
            Break();
            return _all.ToString();
        }
    }
}
