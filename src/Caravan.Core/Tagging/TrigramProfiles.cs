using System.Reflection;

namespace Caravan.Tagging;

/// <summary>
/// Character trigram profiles per language and script (from franc-all, MIT: Data/FRANC-LICENSE),
/// and the out-of-place distance of Cavnar and Trenkle (1994) between a text and a profile.
/// </summary>
public sealed class TrigramProfiles
{
    public const int ProfileSize = 300, MaxSampleChars = 1024;

    static readonly Lazy<TrigramProfiles> Embedded = new(Load);
    public static TrigramProfiles Default => Embedded.Value;

    readonly Dictionary<string, List<(string Language, Dictionary<ulong, int> Ranks)>> byScript = [];

    public TrigramProfiles(IEnumerable<(string Language, string Script, string Trigrams)> profiles)
    {
        foreach (var (language, script, trigrams) in profiles)
        {
            var ranks = new Dictionary<ulong, int>();
            var list = trigrams.Split('|');
            for (var i = 0; i < list.Length; i++)
                if (list[i].Length == 3) ranks.TryAdd(Pack(list[i][0], list[i][1], list[i][2]), i);
            if (!byScript.TryGetValue(script, out var languages)) byScript[script] = languages = [];
            languages.Add((language, ranks));
        }
    }

    /// <summary>Languages of a script, nearest first, with their distances (lower is nearer).</summary>
    public List<(string Language, int Distance)> Rank(string text, string script, IReadOnlyCollection<string>? only = null)
    {
        var ranked = new List<(string, int)>();
        if (!byScript.TryGetValue(script, out var languages)) return ranked;
        var top = TextTrigrams(text);
        foreach (var (language, ranks) in languages)
        {
            if (only is not null && !only.Contains(language, StringComparer.Ordinal)) continue;
            var distance = 0;
            for (var i = 0; i < top.Count; i++)
                distance += ranks.TryGetValue(top[i], out var r) ? Math.Abs(r - i) : ProfileSize;
            ranked.Add((language, distance));
        }
        ranked.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        return ranked;
    }

    // franc's cleaning: lower case, punctuation and digits to spaces, padded with a space; the 300 commonest trigrams of the first 1,024 characters (franc reads 2,048; a news lead is enough).
    // Three UTF-16 units in one number: no string per trigram.
    static ulong Pack(char a, char b, char c) => ((ulong)a << 32) | ((ulong)b << 16) | c;

    static List<ulong> TextTrigrams(string text)
    {
        var sample = text.Length > MaxSampleChars ? text[..MaxSampleChars] : text;
        var chars = new char[sample.Length + 2];
        var n = 0;
        chars[n++] = ' ';
        foreach (var raw in sample)
        {
            var c = char.IsLetter(raw) ? char.ToLowerInvariant(raw) : ' ';
            if (c == ' ' && chars[n - 1] == ' ') continue;
            chars[n++] = c;
        }
        if (chars[n - 1] != ' ') chars[n++] = ' ';
        var counts = new Dictionary<ulong, int>(n);
        for (var i = 0; i + 3 <= n; i++)
        {
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, Pack(chars[i], chars[i + 1], chars[i + 2]), out _);
            count++;
        }
        var sorted = counts.ToList();
        sorted.Sort((x, y) => x.Value != y.Value ? y.Value.CompareTo(x.Value) : x.Key.CompareTo(y.Key));
        var top = new List<ulong>(Math.Min(ProfileSize, sorted.Count));
        for (var i = 0; i < sorted.Count && i < ProfileSize; i++) top.Add(sorted[i].Key);
        return top;
    }

    static TrigramProfiles Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Caravan.Tagging.Data.trigrams.tsv")
            ?? throw new InvalidOperationException("Embedded trigrams.tsv is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<(string, string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            rows.Add((f[0], f[1], f[2]));
        }
        return new TrigramProfiles(rows);
    }
}
