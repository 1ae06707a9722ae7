using AngleSharp.Dom;

namespace Caravan.Extraction;

/// <summary>Text measures of every element, computed in one pass so scoring stays linear in the page size.</summary>
internal sealed class NodeStats
{
    public sealed class Stat
    {
        /// <summary>Characters of text, each whitespace run counted once.</summary>
        public int Text;
        /// <summary>Characters of text inside links.</summary>
        public int LinkText;
        public int Commas;
        public int Paragraphs;
        public int Images;
        public int ListItems;
        public int Inputs;
        public int Embeds;
        public int HeadingText;
        /// <summary>article and main elements, this one included.</summary>
        public int Landmarks;
    }

    readonly Dictionary<IElement, Stat> _stats = new(ReferenceEqualityComparer.Instance);

    public Stat this[IElement element] => _stats.TryGetValue(element, out var s) ? s : Empty;

    static readonly Stat Empty = new();

    public static NodeStats Compute(IElement root)
    {
        var stats = new NodeStats();
        stats.Visit(root, inLink: false, inHeading: false);
        return stats;
    }

    Stat Visit(IElement element, bool inLink, bool inHeading)
    {
        var stat = new Stat();
        var name = element.LocalName;
        var isLink = inLink || name == "a";
        var isHeading = inHeading || name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
        // By index: AngleSharp finds a node's next sibling by searching its parent's child list (quadratic on wide nodes).
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText text)
            {
                var (length, commas) = Measure(text.Data);
                stat.Text += length;
                stat.Commas += commas;
                if (isLink)
                    stat.LinkText += length;
                if (isHeading)
                    stat.HeadingText += length;
            }
            else if (child is IElement e)
            {
                Add(stat, Visit(e, isLink, isHeading));
            }
        }
        switch (name)
        {
            case "p": stat.Paragraphs++; break;
            case "img": stat.Images++; break;
            case "li": stat.ListItems++; break;
            case "input" or "select" or "textarea" or "button": stat.Inputs++; break;
            case "object" or "embed" or "iframe": stat.Embeds++; break;
            case "article" or "main": stat.Landmarks++; break;
        }
        _stats[element] = stat;
        return stat;
    }

    static (int Length, int Commas) Measure(string data)
    {
        var length = 0;
        var commas = 0;
        var space = true;
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                    length++;
                space = true;
                continue;
            }
            space = false;
            length++;
            if (c is ',' or '，' or '、' or '،')
                commas++;
        }
        return (length, commas);
    }

    public double LinkDensity(IElement element)
    {
        var s = this[element];
        return s.Text == 0 ? 0 : (double)s.LinkText / s.Text;
    }

    /// <summary>Registers a new element holding the given (already measured) parts.</summary>
    public void AddContainer(IElement container, IEnumerable<IElement> parts)
    {
        var sum = new Stat();
        foreach (var part in parts)
            Add(sum, this[part]);
        _stats[container] = sum;
    }

    static void Add(Stat to, Stat c)
    {
        to.Text += c.Text;
        to.LinkText += c.LinkText;
        to.Commas += c.Commas;
        to.Paragraphs += c.Paragraphs;
        to.Images += c.Images;
        to.ListItems += c.ListItems;
        to.Inputs += c.Inputs;
        to.Embeds += c.Embeds;
        to.HeadingText += c.HeadingText;
        to.Landmarks += c.Landmarks;
    }

    /// <summary>Takes a removed element's measures out of its former ancestors.</summary>
    public void Subtract(IElement removed, IEnumerable<IElement> ancestors)
    {
        var r = this[removed];
        foreach (var a in ancestors)
        {
            if (!_stats.TryGetValue(a, out var s))
                continue;
            s.Text -= r.Text;
            s.LinkText -= r.LinkText;
            s.Commas -= r.Commas;
            s.Paragraphs -= r.Paragraphs;
            s.Images -= r.Images;
            s.ListItems -= r.ListItems;
            s.Inputs -= r.Inputs;
            s.Embeds -= r.Embeds;
            s.HeadingText -= r.HeadingText;
            s.Landmarks -= r.Landmarks;
        }
    }
}
