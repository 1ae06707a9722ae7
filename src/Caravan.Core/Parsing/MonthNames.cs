namespace Caravan.Parsing;

/// <summary>Month names and abbreviations in the languages Caravan's feeds write dates in.</summary>
internal static class MonthNames
{
    private static readonly (string Prefix, int Month)[] Prefixes =
    [
        // English, also German/Dutch where the first three letters agree.
        ("jan", 1), ("feb", 2), ("mar", 3), ("mär", 3), ("apr", 4), ("may", 5), ("mai", 5), ("jun", 6), ("jul", 7),
        ("aug", 8), ("sep", 9), ("oct", 10), ("okt", 10), ("nov", 11), ("dec", 12), ("dez", 12),
        // French.
        ("janv", 1), ("févr", 2), ("fév", 2), ("avr", 4), ("juin", 6), ("juil", 7), ("août", 8), ("déc", 12),
        // Russian: nominative, genitive (1 января) and abbreviations share the first three letters.
        ("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4), ("май", 5), ("мая", 5), ("июн", 6), ("июл", 7),
        ("авг", 8), ("сен", 9), ("окт", 10), ("ноя", 11), ("дек", 12),
    ];

    /// <summary>The month (1–12) a word names, or null.</summary>
    public static int? Find(string word) => Find(word.AsSpan());

    /// <summary>The month (1–12) a word names, or null; reads the characters in place.</summary>
    public static int? Find(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
            return null;
        Span<char> buffer = stackalloc char[64];
        var lower = word.Length <= buffer.Length ? buffer[..word.ToLowerInvariant(buffer)] : word.ToString().ToLowerInvariant().AsSpan();
        // Longest prefix wins so French "juin"/"juil" beat "jui".
        int? best = null;
        var bestLength = 0;
        foreach (var (prefix, month) in Prefixes)
        {
            if (lower.StartsWith(prefix.AsSpan(), StringComparison.Ordinal) && prefix.Length > bestLength)
            {
                best = month;
                bestLength = prefix.Length;
            }
        }
        return best;
    }
}
