using System.Globalization;
using System.Reflection;

namespace Caravan.Tagging;

/// <summary>
/// Weighted word rules per topic and language (Data/topics.tsv): a stem matches the words that
/// begin with it, a stem ending in $ the whole word only, a stem of two words two words in a row.
/// A topic's score adds each stem's weight once, plus a little for repeats, and counts the title twice.
/// </summary>
public sealed class TopicRules
{
    /// <summary>The taxonomy, in the order the issue lists it.</summary>
    public static readonly IReadOnlyList<string> Taxonomy =
    [
        "politics", "elections", "human rights", "courts and justice", "security and military", "conflict", "economy",
        "energy and resources", "health", "environment and disasters", "religion", "media freedom", "migration",
        "diplomacy", "technology and cyber", "space", "culture",
    ];

    sealed record Rule(string Topic, string Language, double Weight, string[] Parts, bool Exact, string Stem);

    static readonly Lazy<TopicRules> Embedded = new(() => Parse(ReadResource()));
    public static TopicRules Default => Embedded.Value;

    readonly Dictionary<string, List<Rule>> byFirstLetters = new(StringComparer.Ordinal);

    TopicRules(IEnumerable<Rule> rules)
    {
        foreach (var r in rules)
        {
            var key = r.Parts[0][..Math.Min(3, r.Parts[0].Length)];
            if (!byFirstLetters.TryGetValue(key, out var list)) byFirstLetters[key] = list = [];
            list.Add(r);
        }
    }

    /// <summary>Scores per topic with the words that matched, for the words of a text (lower case).</summary>
    public Dictionary<string, (double Score, List<string> Why)> Score(IReadOnlyList<string> words, int titleWords, string? language)
    {
        var hits = new Dictionary<Rule, (int Count, bool InTitle, string Word)>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            if (w.Length < 2 || !byFirstLetters.TryGetValue(w[..Math.Min(3, w.Length)], out var rules)) continue;
            foreach (var r in rules)
            {
                if (language is not null && r.Language != language && !(language is "ky" && r.Language == "kk")) continue;
                if (!Matches(words, i, r)) continue;
                var h = hits.GetValueOrDefault(r);
                hits[r] = (h.Count + 1, h.InTitle || i < titleWords, h.Word ?? w);
            }
        }
        var scores = new Dictionary<string, (double, List<string>)>();
        foreach (var (r, h) in hits)
        {
            var s = scores.GetValueOrDefault(r.Topic, (0.0, new List<string>()));
            var add = r.Weight * (1 + 0.5 * Math.Log(h.Count)) * (h.InTitle ? 2 : 1);
            if (s.Item2.Count < 5) s.Item2.Add(h.Word);
            scores[r.Topic] = (s.Item1 + add, s.Item2);
        }
        return scores;
    }

    static bool Matches(IReadOnlyList<string> words, int i, Rule r)
    {
        if (i + r.Parts.Length > words.Count) return false;
        for (var k = 0; k < r.Parts.Length; k++)
        {
            var last = k == r.Parts.Length - 1;
            if (last && r.Exact ? words[i + k] != r.Parts[k] : !words[i + k].StartsWith(r.Parts[k], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    static TopicRules Parse(string tsv)
    {
        var rules = new List<Rule>();
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            var weight = double.Parse(f[2], CultureInfo.InvariantCulture);
            foreach (var stem in f[3].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var exact = stem.EndsWith('$');
                var parts = stem.TrimEnd('$').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                rules.Add(new Rule(f[0], f[1], weight, parts, exact, stem));
            }
        }
        return new TopicRules(rules);
    }

    static string ReadResource()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Caravan.Tagging.Data.topics.tsv")
            ?? throw new InvalidOperationException("Embedded topics.tsv is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
