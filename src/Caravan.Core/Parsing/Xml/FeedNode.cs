using System.Text;

namespace Caravan.Parsing.Xml;

/// <summary>One element of a feed document: a small tree both the strict and the lenient reader build.</summary>
internal sealed class FeedNode(string prefix, string localName, string ns)
{
    public string Prefix { get; } = prefix;
    public string LocalName { get; } = localName;
    public string Namespace { get; } = ns;
    private List<FeedAttribute>? attributes;
    /// <summary>Most feed elements have none: the list is made at the first attribute.</summary>
    public IReadOnlyList<FeedAttribute> Attributes => attributes ?? (IReadOnlyList<FeedAttribute>)[];

    public void AddAttribute(FeedAttribute attribute) => (attributes ??= new List<FeedAttribute>(2)).Add(attribute);
    /// <summary>Text (<see cref="string"/>) and element (<see cref="FeedNode"/>) children in document order.</summary>
    public List<object> Children { get; } = [];
    /// <summary>The base URI in effect for this element (XML Base §4.2: nearest xml:base, else the document's).</summary>
    public Uri? BaseUri { get; set; }
    /// <summary>The xml:lang in effect for this element.</summary>
    public string? Lang { get; set; }
    public bool HasCData { get; set; }

    public string QualifiedName => Prefix.Length == 0 ? LocalName : Prefix + ":" + LocalName;

    /// <summary>The element children in document order (a struct enumerator: mappers walk these for every item).</summary>
    public ElementChildren Elements() => new(Children);

    public bool Is(string ns, string localName) =>
        string.Equals(LocalName, localName, StringComparison.OrdinalIgnoreCase) && Namespace == ns;

    public FeedNode? Element(string ns, string localName)
    {
        foreach (var child in Children)
            if (child is FeedNode node && node.Is(ns, localName))
                return node;
        return null;
    }

    public IEnumerable<FeedNode> Elements(string ns, string localName) =>
        Elements().Where(node => node.Is(ns, localName));

    public string? Attribute(string localName, string ns = "")
    {
        if (attributes is null)
            return null;
        foreach (var attribute in attributes)
            if (attribute.Namespace == ns && string.Equals(attribute.LocalName, localName, StringComparison.OrdinalIgnoreCase))
                return attribute.Value;
        return null;
    }

    public bool HasElementChildren => Children.Exists(child => child is FeedNode);

    /// <summary>All descendant text, concatenated (what an XPath string() gives).</summary>
    public string Text()
    {
        if (Children.Count == 1 && Children[0] is string only)
            return only;
        var builder = new StringBuilder();
        AppendText(builder);
        return builder.ToString();
    }

    private void AppendText(StringBuilder builder)
    {
        foreach (var child in Children)
        {
            if (child is string text)
                builder.Append(text);
            else
                ((FeedNode)child).AppendText(builder);
        }
    }
}

/// <summary>The element children of a <see cref="FeedNode"/>, enumerated without allocating.</summary>
internal readonly struct ElementChildren(List<object> children) : IEnumerable<FeedNode>
{
    public Enumerator GetEnumerator() => new(children);

    IEnumerator<FeedNode> IEnumerable<FeedNode>.GetEnumerator() => GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(List<object> children) : IEnumerator<FeedNode>
    {
        private int index = -1;

        public FeedNode Current { get; private set; } = null!;

        readonly object System.Collections.IEnumerator.Current => Current;

        public bool MoveNext()
        {
            while (++index < children.Count)
                if (children[index] is FeedNode node)
                {
                    Current = node;
                    return true;
                }
            return false;
        }

        public void Reset() => index = -1;

        public readonly void Dispose()
        {
        }
    }
}

/// <summary>An attribute with its namespace resolved.</summary>
internal sealed record FeedAttribute(string Prefix, string LocalName, string Namespace, string Value);
