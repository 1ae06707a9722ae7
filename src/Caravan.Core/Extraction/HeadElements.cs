using AngleSharp.Dom;

namespace Caravan.Extraction;

/// <summary>The elements metadata is read from, gathered in one walk of the document instead of one CSS query each:
/// meta tags with content, JSON-LD scripts, the base and canonical links, and the first element of each byline kind.</summary>
internal sealed class HeadElements
{
    public List<IElement> Metas { get; } = [];
    public List<IElement> JsonLdScripts { get; } = [];
    public string? BaseHref { get; private set; }
    public string? CanonicalHref { get; private set; }

    /// <summary>The time elements, in document order (the published time in markup is read from them).</summary>
    public List<IElement> Times { get; } = [];

    /// <summary>The h1 elements, in document order (the title falls back to them).</summary>
    public List<IElement> Headings { get; } = [];

    /// <summary>First element per byline kind, in <see cref="BylineKinds"/> order (the order they are trusted in).</summary>
    public IElement?[] Bylines { get; } = new IElement?[BylineKinds];

    /// <summary>[rel=author], [itemprop=author] [itemprop=name], [itemprop=author], .author-name, .byline, .article-author, .author.</summary>
    public const int BylineKinds = 7;

    static readonly string[] BylineClasses = ["author-name", "byline", "article-author", "author"];

    public static HeadElements Collect(IDocument document)
    {
        var result = new HeadElements();
        if (document.DocumentElement is { } root)
            result.Visit(root, inAuthor: false);
        return result;
    }

    void Visit(IElement element, bool inAuthor)
    {
        // By index: AngleSharp finds an element's next sibling by searching its parent's child list.
        var children = element.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement child)
                continue;
            switch (child.LocalName)
            {
                case "meta" when child.HasAttribute("content"):
                    Metas.Add(child);
                    break;
                case "script" when string.Equals(child.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase):
                    JsonLdScripts.Add(child);
                    break;
                case "base" when BaseHref is null && child.GetAttribute("href") is { } baseHref:
                    BaseHref = baseHref;
                    break;
                case "link" when CanonicalHref is null && child.GetAttribute("href") is { } href && IsCanonical(child.GetAttribute("rel")):
                    CanonicalHref = href;
                    break;
                case "time":
                    Times.Add(child);
                    break;
                case "h1":
                    Headings.Add(child);
                    break;
            }
            var itemprop = NoteByline(child, inAuthor);
            if (child.HasChildNodes)
                Visit(child, inAuthor || itemprop == "author");
        }
    }

    /// <summary>Files the element under the byline kinds it is; returns its itemprop. Attributes are read in one loop
    /// (GetAttribute lower-cases and searches the name on every call).</summary>
    string? NoteByline(IElement element, bool inAuthor)
    {
        string? rel = null, itemprop = null, className = null;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i]!;
            switch (attribute.LocalName)
            {
                case "rel": rel = attribute.Value; break;
                case "itemprop": itemprop = attribute.Value; break;
                case "class": className = attribute.Value; break;
            }
        }
        if (Bylines[0] is null && rel == "author")
            Bylines[0] = element;
        if (Bylines[1] is null && inAuthor && itemprop == "name")
            Bylines[1] = element;
        if (Bylines[2] is null && itemprop == "author")
            Bylines[2] = element;
        if (string.IsNullOrEmpty(className))
            return itemprop;
        for (var i = 0; i < BylineClasses.Length; i++)
        {
            if (Bylines[3 + i] is null && HasClass(className, BylineClasses[i]))
                Bylines[3 + i] = element;
        }
        return itemprop;
    }

    /// <summary>CSS ".name": one of the class attribute's whitespace-separated tokens (searched without splitting).</summary>
    static bool HasClass(string className, string name)
    {
        for (var at = className.IndexOf(name, StringComparison.Ordinal); at >= 0; at = className.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at == 0 || char.IsWhiteSpace(className[at - 1])) && (end == className.Length || char.IsWhiteSpace(className[end])))
                return true;
        }
        return false;
    }

    /// <summary>rel is a set of space-separated tokens (HTML §2.3.7); "canonical" must be one of them.</summary>
    static bool IsCanonical(string? rel)
    {
        if (rel is null)
            return false;
        foreach (var token in rel.AsSpan().SplitAny(" \t\n\f\r"))
        {
            if (rel.AsSpan()[token].Equals("canonical", StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
