using System.Text.Json;
using Caravan.Extraction;

namespace Caravan.Bench.Extraction;

/// <summary>Caravan's row on the Zyte article-extraction-benchmark beside the peers' rows recomputed from output/.</summary>
internal static class ZyteBench
{
    public static int Run(string[] args)
    {
        var dir = Corpus.RequireDirectory(args, "extraction-zyte <zyte-article-extraction-benchmark dir> [--dump out.json]");
        using var truthJson = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "ground-truth.json")));
        var truth = new Dictionary<string, string>();
        var urls = new Dictionary<string, string>();
        foreach (var item in truthJson.RootElement.EnumerateObject())
        {
            truth[item.Name] = item.Value.GetProperty("articleBody").GetString() ?? "";
            urls[item.Name] = item.Value.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
        }

        var ours = new Dictionary<string, string>();
        foreach (var id in truth.Keys)
        {
            var page = Corpus.ReadGz(Path.Combine(dir, "html", id + ".html.gz"));
            Uri.TryCreate(urls[id], UriKind.Absolute, out var url);
            ours[id] = ArticleExtractor.Extract(page, url, "text/html; charset=utf-8").Text;
        }
        var dump = Array.IndexOf(args, "--dump");
        if (dump > 0 && dump + 1 < args.Length)
            File.WriteAllText(args[dump + 1], JsonSerializer.Serialize(ours.ToDictionary(p => p.Key, p => new { articleBody = p.Value })));

        var rows = new List<(string Name, ShingleScore.Result Score)> { ("caravan", ShingleScore.Score(truth, ours)) };
        var empty = new List<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(dir, "output"), "*.json.gz"))
        {
            var name = Path.GetFileName(file)[..^".json.gz".Length];
            var output = ReadOutput(file);
            if (output.Count == 0)
                empty.Add(name);
            else
                rows.Add((name, ShingleScore.Score(truth, output)));
        }
        if (args.Contains("--worst"))
        {
            foreach (var id in truth.Keys.OrderBy(id => ShingleScore.Score(new Dictionary<string, string> { [id] = truth[id] }, ours).F1).Take(25))
            {
                var s = ShingleScore.Score(new Dictionary<string, string> { [id] = truth[id] }, ours);
                Console.WriteLine($"{id[..12]} F1 {s.F1:F3} P {s.Precision:F3} R {s.Recall:F3} gold {truth[id].Length} ours {ours[id].Length} {urls[id]}");
            }
        }
        Console.WriteLine($"{"system",-22} {"F1",6} {"prec",6} {"recall",6} {"acc",6}");
        foreach (var (name, s) in rows.OrderByDescending(r => r.Score.F1))
            Console.WriteLine($"{name,-22} {s.F1,6:F3} {s.Precision,6:F3} {s.Recall,6:F3} {s.Accuracy,6:F3}");
        if (empty.Count > 0)
            Console.WriteLine($"(no predictions in the corpus copy for: {string.Join(", ", empty.Order())})");
        return 0;
    }

    static Dictionary<string, string> ReadOutput(string path)
    {
        using var json = JsonDocument.Parse(Corpus.ReadGz(path));
        var root = json.RootElement.TryGetProperty("output", out var wrapped) ? wrapped : json.RootElement;
        var result = new Dictionary<string, string>();
        foreach (var item in root.EnumerateObject())
        {
            result[item.Name] = item.Value.ValueKind == JsonValueKind.Object && item.Value.TryGetProperty("articleBody", out var body)
                && body.ValueKind == JsonValueKind.String ? body.GetString()! : "";
        }
        return result;
    }
}
