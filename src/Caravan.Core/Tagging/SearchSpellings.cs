namespace Caravan.Tagging;

/// <summary>
/// The other spellings of a searched word the gazetteer knows: "Токаев" or "Toqaev" also finds
/// "Tokayev", "Астана" also finds "Nur-Sultan". Names only (not demonyms), any case.
/// </summary>
public static class SearchSpellings
{
    const int MaxSpellings = 24;

    /// <summary>
    /// Spellings of every entry the word names (a surname may name several); empty if none. Cyrillic
    /// words come as their stem (Астана → Астан) so a prefix query finds every case form (Астане, Астанада).
    /// </summary>
    public static IReadOnlyList<string> For(string word) => For(word, Gazetteer.Default);

    public static IReadOnlyList<string> For(string word, Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(word);
        var key = gazetteer.WordKey(word, MatchKeys.IsCyrillic(word));
        if (key is null || gazetteer.Phrase(key) is not { } aliases) return [];
        var spellings = aliases
            .Where(a => a.Kind != AliasKind.Demonym)
            .SelectMany(a => a.Entry.Names)
            .Where(n => n.Count(c => c == ' ') < 3)
            .Select(n => !n.Contains(' ') && WordForms.IndexStem(n) is { } stem ? stem : n)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxSpellings)
            .ToList();
        return spellings.Count == 0 ? [] : spellings;
    }
}
