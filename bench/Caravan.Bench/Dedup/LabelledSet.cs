using System.Text.Json;
using Caravan.Dedup;

namespace Caravan.Bench.Dedup;

/// <summary>The labelled near-duplicate set of tests/data/dedup (documents.jsonl, pairs.jsonl).</summary>
sealed record LabelledSet(Dictionary<string, DedupDocument> Documents, List<(string A, string B, string Label, string Kind)> Pairs)
{
    public static LabelledSet Load(string folder)
    {
        var docs = new Dictionary<string, DedupDocument>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "documents.jsonl")))
        {
            var e = JsonDocument.Parse(line).RootElement;
            docs[e.GetProperty("id").GetString()!] = new DedupDocument
            {
                Id = docs.Count + 1, Source = e.GetProperty("source").GetString(), Title = e.GetProperty("title").GetString(),
                Text = e.GetProperty("text").GetString()!, Published = DateTimeOffset.Parse(e.GetProperty("published").GetString()!),
            };
        }
        var pairs = File.ReadLines(Path.Combine(folder, "pairs.jsonl")).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(e => (e.GetProperty("a").GetString()!, e.GetProperty("b").GetString()!, e.GetProperty("label").GetString()!, e.GetProperty("kind").GetString()!)).ToList();
        return new LabelledSet(docs, pairs);
    }
}
