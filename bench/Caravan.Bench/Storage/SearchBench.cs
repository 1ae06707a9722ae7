using System.Diagnostics;
using System.Text;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Storage.Postgres;
using Caravan.Storage.Sqlite;

namespace Caravan.Bench.Storage;

/// <summary>
/// `store-search --articles N [--sqlite PATH] [--pg CONNECTION]`: fills each store with the same N
/// synthetic articles (a fixed-seed vocabulary, 100 sources, 1,000 per batch), then times 300 searches
/// of one or two words and prints fill rate and search p50/p99 per provider.
/// </summary>
static class SearchBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        int articles = int.Parse(Arg(args, "--articles") ?? "100000", System.Globalization.CultureInfo.InvariantCulture);
        var targets = new List<(string Name, ICaravanStore Store)>();
        if (Arg(args, "--sqlite") is { } path) targets.Add(("sqlite", new SqliteStore(path)));
        if (Arg(args, "--pg") is { } pg) targets.Add(("postgres", new PostgresStore(pg)));
        if (targets.Count == 0) { Console.Error.WriteLine("store-search: give --sqlite PATH and/or --pg CONNECTION"); return 2; }
        var words = Vocabulary(5000);
        foreach (var (name, store) in targets)
        {
            await using var _ = store;
            await store.MigrateAsync(CancellationToken.None);
            var fill = Stopwatch.StartNew();
            await FillAsync(store, articles, words);
            fill.Stop();
            var rng = new Random(7);
            var times = new List<double>();
            var hits = 0;
            for (int i = 0; i < 300; i++)
            {
                var q = rng.Next(3) == 0 ? $"{words[Zipf(rng, words.Length)]} {words[Zipf(rng, words.Length)]}" : words[Zipf(rng, words.Length)];
                var sw = Stopwatch.StartNew();
                hits += (await store.SearchAsync(new SearchQuery { Text = q, Limit = 20 }, CancellationToken.None)).Count;
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            Console.WriteLine($"{name}: {articles:N0} articles filled in {fill.Elapsed.TotalSeconds:F1} s ({articles / fill.Elapsed.TotalSeconds:N0}/s); " +
                $"search p50 {times[times.Count / 2]:F1} ms, p99 {times[(int)(times.Count * 0.99)]:F1} ms, {hits / 300.0:F1} hits/query");
        }
        return 0;
    }

    static async Task FillAsync(ICaravanStore store, int articles, string[] words)
    {
        var rng = new Random(1);
        var sources = new List<long>();
        for (int s = 0; s < 100; s++)
            sources.Add((await store.AddSourceAsync(new Source { Name = $"Bench {s}", FeedUrl = new Uri($"https://bench{s}.example/feed.xml"), Kind = SourceKind.Rss }, CancellationToken.None)).Source.Id);
        var t0 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (int done = 0; done < articles; done += 1000)
        {
            var drafts = new List<ArticleDraft>();
            for (int i = done; i < Math.Min(articles, done + 1000); i++)
            {
                var title = Sentence(rng, words, 8);
                var text = string.Join(' ', Enumerable.Range(0, 6).Select(_ => Sentence(rng, words, 15)));
                drafts.Add(new ArticleDraft { Article = new Article { ItemKey = $"a{i}", Title = title, Text = text, PublishedAt = t0.AddMinutes(i), ContentHash = $"h{i}" } });
            }
            await store.SaveBatchAsync(new IngestBatch
            {
                SourceId = sources[done / 1000 % sources.Count], Articles = drafts,
                Attempt = new FetchAttempt { At = t0, Status = "fetched", DurationMs = 1, Bytes = 1 },
            }, CancellationToken.None);
        }
    }

    static string Sentence(Random rng, string[] words, int n)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.Append(i == 0 ? "" : " ").Append(words[Zipf(rng, words.Length)]);
        return sb.Append('.').ToString();
    }

    // Word frequencies in news text fall off roughly as 1/rank (Zipf); this draws ranks that way.
    static int Zipf(Random rng, int n) => Math.Min(n - 1, (int)Math.Exp(rng.NextDouble() * Math.Log(n)) - 1);

    static string[] Vocabulary(int n)
    {
        var rng = new Random(3);
        const string letters = "abcdefghiklmnoprstuvyz";
        return Enumerable.Range(0, n).Select(_ => new string(Enumerable.Range(0, rng.Next(3, 10)).Select(_ => letters[rng.Next(letters.Length)]).ToArray())).Distinct().ToArray();
    }

    static string? Arg(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
