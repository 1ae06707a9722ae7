using Caravan.Stories;

namespace Caravan.Bench.Stories;

/// <summary>
/// Error analysis of story clustering on ECB+ (<c>ecbplus FOLDER --diagnose</c>): places the documents in file order
/// with the clusterer's trace on and says, for every wrong decision, why: the gold story's cluster was no
/// candidate, scored under the threshold, or was beaten by another story's cluster.
/// </summary>
static class EcbPlusDiagnosis
{
    public static void Run(IReadOnlyList<(string Id, string Gold, string Text)> docs, StoryOptions options, bool verbose)
    {
        var clusterer = new StoryClusterer(options) { Trace = [] };
        var keys = new long[docs.Count];
        // The cluster holding most of each gold story's documents so far: where the next one should go.
        var goldCounts = new Dictionary<string, Dictionary<long, int>>();
        using var dump = Environment.GetEnvironmentVariable("ECB_DUMP") is { } dumpPath ? new StreamWriter(dumpPath) : null;
        var pairs = new List<(bool Same, double Words, double Anchors, double Coverage)>();
        string? Majority(long key) => goldCounts.Where(g => g.Value.ContainsKey(key)).MaxBy(g => g.Value[key]).Key;
        var causes = new Dictionary<string, List<double>>();
        void Count(string cause, double score) { if (!causes.TryGetValue(cause, out var l)) causes[cause] = l = []; l.Add(score); }
        for (var i = 0; i < docs.Count; i++)
        {
            var (id, gold, text) = docs[i];
            var key = keys[i] = clusterer.Place(new StoryDocument { Id = i + 1, Text = text });
            var counts = goldCounts.TryGetValue(gold, out var c) ? c : goldCounts[gold] = [];
            long? right = counts.Count == 0 ? null : counts.MaxBy(kv => kv.Value).Key;
            var trace = clusterer.Trace!;
            var rightScore = right is { } r ? trace.Where(t => t.Key == r).Select(t => (double?)t.Score).FirstOrDefault() : null;
            var best = trace.Count == 0 ? (Key: 0L, Score: 0.0) : trace.Select(t => (t.Key, t.Score)).MaxBy(t => t.Score);
            // Every candidate against the gold story most of its documents belong to: what separates right from wrong.
            foreach (var t in trace)
            {
                var majority = Majority(t.Key);
                if (majority is null) continue;
                pairs.Add((majority == gold, t.Words, t.Anchors, t.Coverage));
                dump?.WriteLine($"{i},{(majority == gold ? 1 : 0)},{t.Words:F4},{t.Anchors:F4},{t.Coverage:F4},{t.AnchorCoverage:F4},{t.Count},{t.Score:F4}");
            }
            string? cause = null;
            if (right is null)
            {
                if (key != i + 1) { cause = "first of its story joined another story"; Count(cause, best.Score); }
            }
            else if (key != right)
            {
                cause = key == i + 1
                    ? rightScore is null ? "split: its story's cluster was no candidate" : "split: its story's cluster scored under the threshold"
                    : rightScore is null ? "merge: joined another story, its own no candidate" : "merge: another story scored higher";
                Count(cause, rightScore ?? best.Score);
            }
            if (cause is not null && verbose)
                Console.WriteLine($"{id,-14} {gold,-10} -> {key,4} ({Gold(key)}) right {right?.ToString() ?? "-",4} {rightScore?.ToString("F3") ?? "-",5} best {best.Score:F3}: {cause}");
            counts[key] = counts.GetValueOrDefault(key) + 1;
            string Gold(long k) => k == i + 1 ? "new" : docs[(int)k - 1].Gold;
        }
        foreach (var same in new[] { true, false })
        {
            var p = pairs.Where(x => x.Same == same && x.Words >= 0.15).ToList();
            Console.WriteLine($"candidates {(same ? "same story" : "other story")} with words >= 0.15: {p.Count}; words p10/p50/p90 {Q(p.Select(x => x.Words).ToList(), 0.1):F3}/{Q(p.Select(x => x.Words).ToList(), 0.5):F3}/{Q(p.Select(x => x.Words).ToList(), 0.9):F3}; anchors {Q(p.Select(x => x.Anchors).ToList(), 0.1):F3}/{Q(p.Select(x => x.Anchors).ToList(), 0.5):F3}/{Q(p.Select(x => x.Anchors).ToList(), 0.9):F3}; coverage {Q(p.Select(x => x.Coverage).ToList(), 0.1):F3}/{Q(p.Select(x => x.Coverage).ToList(), 0.5):F3}/{Q(p.Select(x => x.Coverage).ToList(), 0.9):F3}");
        }
        foreach (var (cause, scores) in causes.OrderByDescending(c => c.Value.Count))
            Console.WriteLine($"{scores.Count,4} {cause}; scores p25/p50/p75 {Q(scores, 0.25):F3}/{Q(scores, 0.5):F3}/{Q(scores, 0.75):F3}");
        foreach (var story in docs.Select((d, i) => (d.Gold, Key: keys[i])).GroupBy(d => d.Gold))
        {
            var pieces = story.GroupBy(d => d.Key).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}:{g.Count()}").ToList();
            if (pieces.Count > 1 && verbose) Console.WriteLine($"gold {story.Key,-10} in {pieces.Count} clusters: {string.Join(' ', pieces)}");
        }
        Console.WriteLine("direct clusterer: " + ClusterScores.Of(docs.Select(d => d.Gold).ToList(), keys.Select(k => k.ToString()).ToList()));
    }

    static double Q(List<double> values, double q) { var s = values.Order().ToList(); return s[(int)(q * (s.Count - 1))]; }
}
