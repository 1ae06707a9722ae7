using System.Text.Json;
using Caravan.Dedup;
using Caravan.Stories;

namespace Caravan.Bench.Stories;

/// <summary>
/// Story clustering on ECB+ (documents.jsonl: doc_id, topic, cluster, text): Caravan's linker in one
/// stream over all documents, beside two baselines: one cluster per topic, and single-link
/// clustering of first-sentence ("title") TF-IDF vectors.
/// </summary>
static class EcbPlusBench
{
    sealed record Doc(string Id, int Topic, string Cluster, string Text);

    public static int Run(string[] args)
    {
        if (args.Length < 1) { Console.Error.WriteLine("usage: ecbplus <path to ecbplus folder or documents.jsonl> [threshold...]"); return 2; }
        var path = Directory.Exists(args[0]) ? Path.Combine(args[0], "documents.jsonl") : args[0];
        var docs = File.ReadLines(path).Select(l => JsonDocument.Parse(l).RootElement).Select(e => new Doc(
            e.GetProperty("doc_id").GetString()!, e.GetProperty("topic").GetInt32(), e.GetProperty("cluster").GetString()!, e.GetProperty("text").GetString()!)).ToList();
        var gold = docs.Select(d => d.Cluster).ToList();
        Console.WriteLine($"ECB+: {docs.Count} documents, {gold.Distinct().Count()} gold stories, {docs.Select(d => d.Topic).Distinct().Count()} topics");
        Console.WriteLine("baseline one cluster per topic:        " + ClusterScores.Of(gold, docs.Select(d => d.Topic.ToString()).ToList()));
        foreach (var t in new[] { 0.2, 0.3, 0.4, 0.5 })
            Console.WriteLine($"baseline title TF-IDF single link {t:F1}: " + ClusterScores.Of(gold, TitleSingleLink(docs, t)));
        if (args.Contains("--diagnose"))
        {
            var order = args.Contains("--shuffled") ? docs.OrderBy(d => Shuffle(d.Id, 0)).ToList() : docs;
            EcbPlusDiagnosis.Run(order.Select(d => (d.Id, d.Cluster, d.Text)).ToList(), new StoryOptions(), args.Contains("--verbose"));
            return 0;
        }
        var thresholds = args.Skip(1).Any(a => !a.StartsWith("--", StringComparison.Ordinal)) ? args[1..].Where(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(double.Parse).ToArray() : [new StoryOptions().MinSimilarity];
        foreach (var t in thresholds)
        {
            Console.WriteLine($"Caravan linker (file order) {t:F2}:     " + ClusterScores.Of(gold, Caravan(docs, t)));
            var shuffled = docs.OrderBy(d => Shuffle(d.Id, 0)).ToList();
            Console.WriteLine($"Caravan linker (shuffled)   {t:F2}:     " + ClusterScores.Of(shuffled.Select(d => d.Cluster).ToList(), Caravan(shuffled, t)));
            if (!args.Contains("--held-out")) continue;
            // Tuned on the whole set: the odd and even topics as streams of their own show whether a choice fits only some topics.
            foreach (var (half, parity) in new[] { ("odd topics ", 1), ("even topics", 0) })
            {
                var part = docs.Where(d => d.Topic % 2 == parity).ToList();
                Console.WriteLine($"  {half} file order {t:F2}:      " + ClusterScores.Of(part.Select(d => d.Cluster).ToList(), Caravan(part, t)));
            }
            // Shuffled orders beyond the standard one: the mean and range of B-cubed F1 over five more seeds.
            var f1 = Enumerable.Range(1, 5).Select(seed => docs.OrderBy(d => Shuffle(d.Id, (ulong)seed)).ToList())
                .Select(o => ClusterScores.Of(o.Select(d => d.Cluster).ToList(), Caravan(o, t)).BCubedF1).ToList();
            Console.WriteLine($"  shuffled, seeds 1-5 {t:F2}: B-cubed F1 mean {f1.Average():F3} min {f1.Min():F3} max {f1.Max():F3}");
        }
        return 0;
    }

    static ulong Shuffle(string id, ulong seed) => Shingles.Mix(Shingles.WordHash(id) + seed * 0x9E3779B97F4A7C15UL);

    static List<string> Caravan(List<Doc> docs, double threshold)
    {
        var linker = new ReportLinker(storyOptions: new StoryOptions { MinSimilarity = threshold });
        return docs.Select((d, i) => linker.Link(new DedupDocument { Id = i + 1, Text = d.Text }).StoryKey.ToString()).ToList();
    }

    static List<string> TitleSingleLink(List<Doc> docs, double threshold)
    {
        var vectorizer = new StoryVectorizer();
        var vectors = docs.Select((d, i) => vectorizer.Vectorize(new StoryDocument { Id = i, Text = d.Text.Split('\n')[0] }).Words).ToList();
        var parent = Enumerable.Range(0, docs.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        for (var i = 0; i < docs.Count; i++)
            for (var j = 0; j < i; j++)
                if (vectors[i].Dot(vectors[j]) >= threshold) parent[Find(i)] = Find(j);
        return Enumerable.Range(0, docs.Count).Select(i => Find(i).ToString()).ToList();
    }
}
