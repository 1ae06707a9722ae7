namespace Caravan.Tagging;

/// <summary>
/// Inflected forms of names: Russian cases (Казахстане, Токаева, России) and Kazakh case endings
/// (Қазақстанның, Астанада, Тоқаевқа) are matched by trying the word without a known ending.
/// </summary>
public static class WordForms
{
    // Russian noun and adjective endings, Kazakh case, plural and possessive endings (one or two stacked).
    static readonly HashSet<string> CyrillicEndings =
    [
        "а", "я", "у", "ю", "е", "ы", "и", "о", "ь", "й", "і",
        "ой", "ей", "ий", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ом", "ем", "ам", "ям", "ах", "ях", "ов", "ев",
        "ью", "ия", "ии", "ию", "ым", "им", "ых", "их", "ою", "ею",
        "ией", "ого", "его", "ому", "ему", "ыми", "ими", "ами", "ями", "иях", "иям", "ией",
        "ның", "нің", "дың", "дің", "тың", "тің", "ға", "ге", "қа", "ке", "на", "не", "да", "де", "та", "те", "нда", "нде",
        "дан", "ден", "тан", "тен", "нан", "нен", "ды", "ді", "ты", "ті", "ны", "ні", "мен", "бен", "пен",
        "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі", "лар", "лер", "дар", "дер", "тар", "тер", "ын", "ін", "сы", "сі",
        "ға", "ке", "ка", "га", "нын", "дын", "тын", "дагы", "тагы", "дык", "лик", "лык",
    ];

    // Uzbek and Kazakh Latin case endings (Toshkentda, Qazaqstanning).
    static readonly string[] LatinEndings = ["ning", "dagi", "dan", "da", "ga", "ni", "ka", "qa", "ta"];

    // Endings a gazetteer name sheds before it takes another: Россия → Росси(и), Астана → Астан(е).
    static readonly string[] StemEndings = ["ия", "ий", "ый", "ая", "ое", "ые", "ие", "а", "я", "ь", "й", "ы", "и", "е", "о"];

    /// <summary>Candidate stems of a text word, the word itself first, then shorter.</summary>
    public static IEnumerable<string> Candidates(string word, bool cyrillic)
    {
        yield return word;
        if (cyrillic)
        {
            for (var cut = 1; cut <= 5 && word.Length - cut >= 2; cut++)
                if (CyrillicEndings.Contains(word[^cut..].ToLowerInvariant())) yield return word[..^cut];
        }
        else
        {
            foreach (var e in LatinEndings)
                if (word.Length - e.Length >= 4 && word.EndsWith(e, StringComparison.OrdinalIgnoreCase)) yield return word[..^e.Length];
        }
    }

    /// <summary>The stem a gazetteer word is also indexed under, or null (Cyrillic words of 5+ letters only).</summary>
    public static string? IndexStem(string word)
    {
        if (!MatchKeys.IsCyrillic(word)) return null;
        foreach (var e in StemEndings)
            if (word.Length - e.Length >= 4 && word.EndsWith(e, StringComparison.OrdinalIgnoreCase)) return word[..^e.Length];
        return null;
    }
}
