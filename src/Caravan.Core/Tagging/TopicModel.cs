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
        var stems = words.Select(Stem).Where(s => s.Length >= 3 && all.ContainsKey(s)).ToList();
        if (stems.Count == 0 || allDocs == 0) return result;
        var vocabulary = all.Count;
        foreach (var (topic, c) in counts)
        {
            var inT = totalWords.GetValueOrDefault(topic);
            var outT = allWords - inT;
            double logOdds = 0;
            foreach (var s in stems)
            {
                var a = c.GetValueOrDefault(s);
                var b = all[s] - a;
                logOdds += Math.Log((a + 1.0) / (inT + vocabulary)) - Math.Log((b + 1.0) / (outT + vocabulary));
            }
            var prior = Math.Log((docs[topic] + 0.5) / (allDocs - docs[topic] + 0.5));
            result[topic] = 1 / (1 + Math.Exp(-(prior + logOdds / Math.Sqrt(stems.Count))));
        }
        return result;
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
