using AngleSharp.Dom;

namespace Caravan.Extraction;

/// <summary>Elements below a root in document order, found by walking the child lists instead of CSS selectors:
/// a selector query parses its selector under a lock and matches every element against every alternative.</summary>
internal static class Descendants
{
    /// <summary>The root's descendant elements named by the set, in document order (as QuerySelectorAll lists them):
    /// a snapshot the caller may remove elements from while iterating.</summary>
    public static List<IElement> Named(IElement root, HashSet<string> names)
    {
        var result = new List<IElement>();
        Collect(root, names, result);
        return result;
    }

    /// <summary>Every descendant element, in document order (QuerySelectorAll("*")).</summary>
    public static List<IElement> All(IElement root)
    {
        var result = new List<IElement>();
        Collect(root, null, result);
        return result;
    }

    /// <summary>The first descendant named by the set, in document order (QuerySelector), or null.</summary>
    public static IElement? FirstNamed(IElement root, HashSet<string> names)
    {
        var children = root.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement child)
                continue;
            if (names.Contains(child.LocalName))
                return child;
            if (FirstNamed(child, names) is { } found)
                return found;
        }
        return null;
    }

    // Child lists are read by index: AngleSharp finds a node's next sibling by searching its parent's list.
    static void Collect(IElement parent, HashSet<string>? names, List<IElement> result)
    {
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement child)
                continue;
            if (names is null || names.Contains(child.LocalName))
                result.Add(child);
            Collect(child, names, result);
        }
    }

    public static HashSet<string> Names(params string[] names) => new(names, StringComparer.Ordinal);
}
