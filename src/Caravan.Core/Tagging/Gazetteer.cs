namespace Caravan.Tagging;

/// <summary>How a spelling names an entry: by a name, a demonym, or a person's surname alone.</summary>
public enum AliasKind { Name, Demonym, Surname }

/// <summary>One spelling of an entry as the matcher knows it.</summary>
public sealed record Alias(GazetteerEntry Entry, AliasKind Kind, bool Acronym);

/// <summary>
/// The gazetteer, indexed for matching: every spelling of every entry folded to match keys word by
/// word (<see cref="MatchKeys"/>), with inflected Cyrillic forms reachable through their stems.
/// </summary>
public sealed class Gazetteer
{
    public const int MaxPhraseWords = 6;

    static readonly Lazy<Gazetteer> Embedded = new(() => new Gazetteer(GazetteerFile.LoadEmbedded()));

    /// <summary>The gazetteer compiled into Caravan (Tagging/Data).</summary>
    public static Gazetteer Default => Embedded.Value;

    readonly Dictionary<string, string> words = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<Alias>> phrases = new(StringComparer.Ordinal);
    readonly Dictionary<string, GazetteerEntry> byId = new(StringComparer.Ordinal);
    // News repeats its words: the key of a word (or its absence) is computed once. Cleared when large.
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> wordKeys = new(StringComparer.Ordinal);
    const int MaxCachedWords = 500_000;

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    public Gazetteer(IReadOnlyList<GazetteerEntry> entries)
    {
        Entries = entries;
        var stems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            byId[e.Id] = e;
            foreach (var n in e.Names) Add(n, new Alias(e, AliasKind.Name, IsAcronym(n)), stems);
            foreach (var d in e.Demonyms) Add(d, new Alias(e, AliasKind.Demonym, false), stems);
            if (e.Kind == EntryKind.Person)
                foreach (var n in e.Names.Where(n => n.Contains(' ')))
                    Add(n[(n.LastIndexOf(' ') + 1)..], new Alias(e, AliasKind.Surname, false), stems);
        }
        foreach (var (stem, word) in stems) words.TryAdd(stem, word);
    }

    public GazetteerEntry? Get(string id) => byId.GetValueOrDefault(id);

    /// <summary>The match key of a text word as the gazetteer knows it (inflection removed), or null when no spelling uses it.</summary>
    public string? WordKey(string word, bool cyrillic)
    {
        if (wordKeys.TryGetValue(word, out var cached)) return cached;
        string? found = null;
        foreach (var candidate in WordForms.Candidates(word, cyrillic))
            if (words.TryGetValue(MatchKeys.Of(candidate), out var key)) { found = key; break; }
        if (wordKeys.Count > MaxCachedWords) wordKeys.Clear();
        wordKeys[word] = found;
        return found;
    }

    /// <summary>The spellings of a phrase of word keys (joined by spaces), or null.</summary>
    public IReadOnlyList<Alias>? Phrase(string keys) => phrases.GetValueOrDefault(keys);

    /// <summary>Every spelling the gazetteer holds for an entry (names, then demonyms).</summary>
    public IEnumerable<string> Spellings(GazetteerEntry entry) => entry.Names.Concat(entry.Demonyms);

    void Add(string spelling, Alias alias, Dictionary<string, string> stems)
    {
        var tokens = WordTokens.Split(spelling);
        if (tokens.Count is 0 or > MaxPhraseWords) return;
        var keys = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = spelling.Substring(tokens[i].Start, tokens[i].Length);
            var key = MatchKeys.Of(word);
            if (key.Length == 0) return;
            keys[i] = key;
            words[key] = key;
            if (WordForms.IndexStem(word) is { } stem) stems.TryAdd(MatchKeys.Of(stem), key);
        }
        var phrase = string.Join(' ', keys);
        if (!phrases.TryGetValue(phrase, out var list)) phrases[phrase] = list = [];
        if (!list.Any(a => a.Entry == alias.Entry && a.Kind == alias.Kind)) list.Add(alias);
    }

    static bool IsAcronym(string name) => name.Length <= 6 && name.Count(char.IsLetter) >= 2 && name.Where(char.IsLetter).All(char.IsUpper);
}
