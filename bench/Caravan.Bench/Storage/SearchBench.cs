using System.Diagnostics;
using System.Globalization;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Storage.Postgres;
using Caravan.Storage.Sqlite;

namespace Caravan.Bench.Storage;

/// <summary>
/// `store-search --articles 100000,1000000 [--sqlite PATH[,PATH]] [--pg CONNECTION[,CONNECTION]] [--clients 1,20] [--per-kind 40] [--baseline 5] [--fill-only]`:
/// fills each store with the same synthetic articles (<see cref="SyntheticNews"/>, bulk-loaded: see the
/// loaders) up to each size in turn, then runs the query mix (<see cref="SearchQueryMix"/>) through
/// <see cref="ICaravanStore.SearchAsync"/> with 1 and with 20 concurrent clients and prints p50/p99 per
/// query kind and overall. A store that already holds articles is topped up, not refilled.
/// </summary>
static class SearchBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var sizes = (Arg(args, "--articles") ?? "100000").Split(',').Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var clients = (Arg(args, "--clients") ?? "1,20").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        var perKind = int.Parse(Arg(args, "--per-kind") ?? "40", CultureInfo.InvariantCulture);
        var baseline = int.Parse(Arg(args, "--baseline") ?? "0", CultureInfo.InvariantCulture);
        var fillOnly = args.Contains("--fill-only");
        var now = DateTimeOffset.UtcNow;
        // One store grown through every size, or one store per size (`--sqlite a.db,b.db` with `--articles 100000,1000000`).
        var targets = new List<(string Name, long Size, string Where, Func<double> Cpu, Func<ICaravanStore> Open, Func<IReadOnlyList<long>, SyntheticNews, long, long, Task> Fill)>();
        foreach (var (name, arg) in new[] { ("sqlite", Arg(args, "--sqlite")), ("postgres", Arg(args, "--pg")) })
        {
            if (arg is null) continue;
            var stores = arg.Split(',');
            if (stores.Length != 1 && stores.Length != sizes.Count) { Console.Error.WriteLine($"store-search: give one {name} store, or one per size"); return 2; }
            for (int i = 0; i < sizes.Count; i++)
            {
                var at = stores[stores.Length == 1 ? 0 : i];
                targets.Add(name == "sqlite"
                    ? (name, sizes[i], at, () => CpuClock.ProcessMs(Environment.ProcessId), () => new SqliteStore(at), (s, n, from, to) => SqliteBulkLoader.FillAsync(at, s, n, from, to, now))
                    : (name, sizes[i], at, () => CpuClock.ProcessMs(Environment.ProcessId) + CpuClock.PostgresBackendsMs(Database(at)), () => new PostgresStore(at), (s, n, from, to) => PostgresBulkLoader.FillAsync(at, s, n, from, to, now)));
            }
        }
        if (targets.Count == 0) { Console.Error.WriteLine("store-search: give --sqlite PATH and/or --pg CONNECTION"); return 2; }
        var news = new SyntheticNews();
        foreach (var (name, size, where, cpu, open, fill) in targets)
        {
            await using var store = open();
            await store.MigrateAsync(CancellationToken.None);
            var sources = await SourcesAsync(store);
            var have = (await store.GetStatsAsync(CancellationToken.None)).Articles;
            var sw = Stopwatch.StartNew();
            if (have < size) await fill(sources, news, have, size);
            var added = Math.Max(0, size - have);
            Console.WriteLine($"{name} {size:N0}: filled {added:N0} articles in {sw.Elapsed.TotalSeconds:F0} s ({added / Math.Max(0.001, sw.Elapsed.TotalSeconds):N0}/s)");
            if (fillOnly) continue;
            var mix = SearchQueryMix.Build(news, perKind, size);
            await MeasureAsync(store, mix.Take(SearchQueryMix.Kinds.Length * 3).ToList(), 1, cpu); // warm the cache
            foreach (var n in clients)
                Report($"{name} {size:N0} {n} client{(n == 1 ? "" : "s")}", await MeasureAsync(store, mix, n, cpu));
            if (baseline == 0) continue;
            // The same unfiltered relevance queries through the old SQL and the new, one client, back to back.
            var few = mix.GroupBy(m => m.Kind).SelectMany(g => g.Take(baseline)).ToList();
            var old = await BaselineSearch.MeasureAsync(name, where, few, cpu);
            var now2 = await MeasureAsync(store, few.Where(m => old.Any(o => o.Kind == m.Kind)).ToList(), 1, cpu);
            Report($"{name} {size:N0} baseline: the SQL before this change, 1 client", old);
            Report($"{name} {size:N0} the same queries now, 1 client", now2);
        }
        return 0;
    }

    static async Task<IReadOnlyList<long>> SourcesAsync(ICaravanStore store)
    {
        var ids = new List<long>();
        for (int s = 0; s < 100; s++)
            ids.Add((await store.AddSourceAsync(new Source { Name = $"Bench {s}", FeedUrl = new Uri($"https://bench{s}.example/feed.xml"), Kind = SourceKind.Rss }, CancellationToken.None)).Source.Id);
        return ids;
    }

    /// <summary>
    /// Runs the mix with <paramref name="clients"/> concurrent callers: each query's own latency, and with
    /// one client also the CPU time it cost (see <see cref="CpuClock"/>; NaN with several clients).
    /// </summary>
    static async Task<List<Sample>> MeasureAsync(ICaravanStore store, List<(string Kind, SearchQuery Query)> mix, int clients, Func<double> cpu)
    {
        var results = new Sample[mix.Count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            for (int i; (i = Interlocked.Increment(ref next)) < mix.Count;)
            {
                var cpu0 = clients == 1 ? cpu() : double.NaN;
                var sw = Stopwatch.StartNew();
                var hits = await store.SearchAsync(mix[i].Query, CancellationToken.None);
                var ms = sw.Elapsed.TotalMilliseconds;
                results[i] = new(mix[i].Kind, ms, clients == 1 ? cpu() - cpu0 : double.NaN, hits.Count);
            }
        })));
        return [.. results];
    }

    static void Report(string label, List<Sample> results)
    {
        static string Line(string kind, IEnumerable<Sample> rows)
        {
            var ms = rows.Select(r => r.Ms).Order().ToList();
            var cpu = rows.Select(r => r.CpuMs).Where(c => !double.IsNaN(c)).Order().ToList();
            var cpuText = cpu.Count == 0 ? "" : $"  cpu p50 {Pct(cpu, 0.50),7:F1} ms  p99 {Pct(cpu, 0.99),7:F1} ms";
            return $"  {kind,-13} n={ms.Count,4}  p50 {Pct(ms, 0.50),8:F1} ms  p99 {Pct(ms, 0.99),8:F1} ms{cpuText}  hits/query {rows.Average(r => r.Hits),5:F1}";
        }
        Console.WriteLine(label);
        foreach (var kind in SearchQueryMix.Kinds.Where(k => results.Any(r => r.Kind == k))) Console.WriteLine(Line(kind, results.Where(r => r.Kind == kind)));
        Console.WriteLine(Line("all", results));
    }

    static string Database(string connection) => new Npgsql.NpgsqlConnectionStringBuilder(PostgresConnectionString.From(connection)).Database ?? "";

    // Nearest-rank percentile.
    static double Pct(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    static string? Arg(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

/// <summary>One timed search: wall milliseconds, CPU milliseconds (NaN when not measured), hits returned.</summary>
readonly record struct Sample(string Kind, double Ms, double CpuMs, int Hits);
