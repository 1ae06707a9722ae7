using System.Globalization;
using System.Reflection;

namespace Caravan.Tagging;

/// <summary>
/// A multinomial naive Bayes model, one topic against the rest, trained on the categories sources
/// attach to their items (mapped by <see cref="CategoryMap"/>). Words are cut to their first six
/// letters so inflected forms share counts; Laplace smoothing; the probability is computed from
/// the length-normalised log odds so long articles do not become certain.
/// </summary>
public sealed class TopicModel
{
    const int StemLength = 6;

    static readonly Lazy<TopicModel?> Embedded = new(LoadEmbedded);

    /// <summary>The model compiled into Caravan (Data/topic-model.tsv), or null if none was built.</summary>
    public static TopicModel? Default => Embedded.Value;

    readonly Dictionary<string, Dictionary<string, int>> counts = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> totalWords = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> docs = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> all = new(StringComparer.Ordinal);
    int allWords, allDocs;

    public int Documents => allDocs;

    public static TopicModel Train(IEnumerable<(IReadOnlyList<string> Words, IReadOnlyCollection<string> Topics)> examples)
    {
        var m = new TopicModel();
        foreach (var (words, topics) in examples)
        {
            if (topics.Count == 0) continue;
            m.allDocs++;
            var stems = words.Select(Stem).Where(s => s.Length >= 3).ToList();
            foreach (var s in stems) { m.all[s] = m.all.GetValueOrDefault(s) + 1; m.allWords++; }
            foreach (var t in topics)
            {
                m.docs[t] = m.docs.GetValueOrDefault(t) + 1;
                if (!m.counts.TryGetValue(t, out var c)) m.counts[t] = c = new(StringComparer.Ordinal);
                foreach (var s in stems) { c[s] = c.GetValueOrDefault(s) + 1; m.totalWords[t] = m.totalWords.GetValueOrDefault(t) + 1; }
            }
        }
        return m;
    }

    /// <summary>P(topic | words) for every topic the model has seen.</summary>
    public Dictionary<string, double> Predict(IReadOnlyList<string> words)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        if (allDocs == 0) return result;
        var (topics, priors, ratios) = Compiled();
        var sums = new double[topics.Length];
        var n = 0;
        foreach (var w in words)
        {
            var s = Stem(w);
            if (s.Length < 3 || !ratios.TryGetValue(s, out var r)) continue;
            n++;
            for (var t = 0; t < sums.Length; t++) sums[t] += r[t];
        }
        if (n == 0) return result;
        for (var t = 0; t < topics.Length; t++)
            result[topics[t]] = 1 / (1 + Math.Exp(-(priors[t] + sums[t] / Math.Sqrt(n))));
        return result;
    }

    sealed record CompiledModel(string[] Topics, double[] Priors, Dictionary<string, double[]> Ratios);

    // A reference, so a racing first use computes it twice at worst and never sees half of it.
    CompiledModel? compiled;

    // The log likelihood ratio of every stem for every topic, computed once: prediction is then one lookup a word.
    CompiledModel Compiled()
    {
        if (compiled is { } c) return c;
        var topics = counts.Keys.Order(StringComparer.Ordinal).ToArray();
        var vocabulary = all.Count;
        var priors = topics.Select(t => Math.Log((docs[t] + 0.5) / (allDocs - docs[t] + 0.5))).ToArray();
        var ratios = new Dictionary<string, double[]>(all.Count, StringComparer.Ordinal);
        foreach (var (stem, total) in all)
        {
            var r = new double[topics.Length];
            for (var t = 0; t < topics.Length; t++)
            {
                var inT = totalWords.GetValueOrDefault(topics[t]);
                var a = counts[topics[t]].GetValueOrDefault(stem);
                r[t] = Math.Log((a + 1.0) / (inT + vocabulary)) - Math.Log((total - a + 1.0) / (allWords - inT + vocabulary));
            }
            ratios[stem] = r;
        }
        return compiled = new CompiledModel(topics, priors, ratios);
    }

    public void Save(TextWriter w)
    {
        w.WriteLine("# naive Bayes topic model: topic, documents, then stem:count pairs (\"*\" is all documents)");
        w.WriteLine(Line("*", allDocs, all));
        foreach (var (t, c) in counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteLine(Line(t, docs[t], c));
    }

    public static TopicModel Load(TextReader r)
    {
        var m = new TopicModel();
        while (r.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            var c = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var pair in f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var colon = pair.LastIndexOf(':');
                c[pair[..colon]] = int.Parse(pair[(colon + 1)..], CultureInfo.InvariantCulture);
            }
            var n = int.Parse(f[1], CultureInfo.InvariantCulture);
            if (f[0] == "*") { m.all.Clear(); foreach (var kv in c) m.all[kv.Key] = kv.Value; m.allDocs = n; m.allWords = c.Values.Sum(); }
            else { m.counts[f[0]] = c; m.docs[f[0]] = n; m.totalWords[f[0]] = c.Values.Sum(); }
        }
        return m;
    }

    static string Line(string topic, int n, Dictionary<string, int> c) =>
        topic + "\t" + n.ToString(CultureInfo.InvariantCulture) + "\t" +
        string.Join(' ', c.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + ":" + kv.Value.ToString(CultureInfo.InvariantCulture)));

    static string Stem(string word) => word.Length <= StemLength ? word : word[..StemLength];

    static TopicModel? LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Caravan.Tagging.Data.topic-model.tsv");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return Load(reader);
    }
}
