using AngleSharp.Dom;

namespace Caravan.Cleaning;

/// <summary>Keeps a paragraph once when a caption or pull quote is printed twice in one article.</summary>
internal static class RepeatedParagraphs
{
    /// <summary>Shorter repeats ("Update", "Photo") are too common as legitimate text to judge.</summary>
    const int MinExactKeyLength = 20;
    /// <summary>A pull quote is judged by containment in a longer paragraph, so it must be long enough to be unambiguous.</summary>
    const int MinContainedKeyLength = 40;
    /// <summary>A block marked up as a pull quote is expected to repeat the text, so a shorter quote is judged too.</summary>
    const int MinContainedPullQuoteLength = 20;

    public static void Remove(List<IElement> leaves, CleaningState state)
    {
        var keys = leaves.Select(b => Blocks.Key(b.TextContent)).ToArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var removed = new bool[leaves.Count];
        for (var i = 0; i < leaves.Count; i++)
        {
            var key = keys[i];
            if (key.Length < MinExactKeyLength)
                continue;
            var minContained = IsPullQuote(leaves[i]) ? MinContainedPullQuoteLength : MinContainedKeyLength;
            var repeat = !seen.Add(key) || (key.Length >= minContained && ContainedElsewhere(keys, removed, i));
            if (!repeat)
                continue;
            removed[i] = true;
            state.Remove(leaves[i], BoilerplateKind.RepeatedParagraph, Blocks.TextOf(leaves[i]));
        }
    }

    static bool IsPullQuote(IElement block)
    {
        for (var e = block; e is not null; e = e.ParentElement)
            if (e.LocalName is "blockquote" or "aside" || (e.ClassName ?? "").Contains("pull", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    static bool ContainedElsewhere(string[] keys, bool[] removed, int index)
    {
        var key = keys[index];
        for (var j = 0; j < keys.Length; j++)
        {
            if (j != index && !removed[j] && keys[j].Length > key.Length && keys[j].Contains(key, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
