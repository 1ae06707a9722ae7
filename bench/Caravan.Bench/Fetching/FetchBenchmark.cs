using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Caravan.Fetching;
using Caravan.Ingest;
using Caravan.Model;
using Caravan.Storage;

namespace Caravan.Bench.Fetching;

/// <summary>
/// `fetch`: one scheduler pass (FetchScheduler.RunOnceAsync, forced) over N sources stored in SQLite,
/// each fetched with its stored ETag through one HttpFetcher from a local origin on many loopback
/// addresses. Reports sources/s, per-fetch p50/p99, outcomes, peak working set and per-host overlap.
/// </summary>
internal static class FetchBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var sourceCount = IntArg(args, "--sources", 1000);
        var hostCount = IntArg(args, "--hosts", 100);
        var concurrency = IntArg(args, "--concurrency", 64);
        var slowMs = IntArg(args, "--slow-ms", 200);
        var minDelayMs = IntArg(args, "--min-delay-ms", 0);
        var passCount = IntArg(args, "--passes", 2);
        var json = args.Contains("--json");
        if (hostCount is < 1 or > 250) { Console.Error.WriteLine("--hosts must be 1..250"); return 2; }

        await using var origin = await BenchOrigin.StartAsync(hostCount, slowMs);
        var dir = Directory.CreateTempSubdirectory("caravan-bench-fetch-").FullName;
        try
        {
            await using var store = await StoreFactory.OpenAsync(Path.Combine(dir, "bench.db"), TimeProvider.System, CancellationToken.None);
            for (var n = 0; n < sourceCount; n++)
            {
                var host = origin.Addresses[n % hostCount];
                var added = await store.AddSourceAsync(new Source { Name = $"bench-{n}", FeedUrl = new Uri($"http://{host}:{origin.Port}/feeds/{n}") }, CancellationToken.None);
                // As after an earlier poll: the source remembers the ETag the origin gave it.
                await store.SaveBatchAsync(new IngestBatch
                {
                    SourceId = added.Source.Id,
                    Attempt = new FetchAttempt { At = DateTimeOffset.UtcNow, Status = "fetched" },
                    NewState = new SourceFetchState { ETag = BenchOrigin.CurrentETag },
                }, CancellationToken.None);
            }

            var fetchOptions = new FetchOptions { AllowedHosts = "127.0.0.0/8", PerHostConcurrency = 1, MinDelayBetweenRequestsToHostMs = minDelayMs };
            using var fetcher = new HttpFetcher(fetchOptions, TimeProvider.System);
            var passes = new List<PassReport>();
            for (var pass = 1; pass <= passCount; pass++)
                passes.Add(await RunPassAsync(store, fetcher, concurrency));

            using var self = Process.GetCurrentProcess();
            self.Refresh();
            var report = new
            {
                sources = sourceCount, hosts = hostCount, concurrency, slowMs, minDelayMs, passes,
                maxInFlightPerHost = origin.MaxInFlightPerHost,
                peakWorkingSetMB = Math.Round(self.PeakWorkingSet64 / 1048576.0, 1),
            };
            if (json) Console.WriteLine(JsonSerializer.Serialize(report));
            else
            {
                Console.WriteLine($"fetch: {sourceCount} sources on {hostCount} hosts, concurrency {concurrency}, slow answers {slowMs} ms, min delay per host {minDelayMs} ms");
                foreach (var (p, i) in passes.Select((p, i) => (p, i + 1)))
                    Console.WriteLine($"  pass {i}{(i == 1 ? " (cold: new connections, JIT)" : "")}: {p.Seconds} s, {p.SourcesPerSecond} sources/s, " +
                        $"p50 {p.P50Ms} ms, p99 {p.P99Ms} ms, max {p.MaxMs} ms; {string.Join(", ", p.Outcomes.Select(o => $"{o.Key} {o.Value}"))}");
                Console.WriteLine($"  max requests in flight to one host: {report.maxInFlightPerHost}; peak working set {report.peakWorkingSetMB} MB (origin included)");
            }
            return report.maxInFlightPerHost <= 1 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private sealed record PassReport(int Sources, double Seconds, double SourcesPerSecond, double P50Ms, double P99Ms, double MaxMs, IReadOnlyDictionary<string, int> Outcomes);

    /// <summary>One forced scheduler pass; per-fetch time includes waiting for the host's turn.</summary>
    private static async Task<PassReport> RunPassAsync(ICaravanStore store, HttpFetcher fetcher, int concurrency)
    {
        var durations = new ConcurrentBag<double>();
        var outcomes = new ConcurrentDictionary<string, int>();
        async Task Refresh(Source source, CancellationToken ct)
        {
            var result = await fetcher.FetchAsync(new FetchRequest(source.FeedUrl, source.FetchState.ETag, source.FetchState.LastModified), ct);
            durations.Add(result.Duration.TotalMilliseconds);
            outcomes.AddOrUpdate(result.Status, 1, (_, v) => v + 1);
        }
        var scheduler = new FetchScheduler(store, Refresh, new ScheduleOptions { GlobalConcurrency = concurrency }, TimeProvider.System);
        var clock = Stopwatch.StartNew();
        var ran = await scheduler.RunOnceAsync(force: true, CancellationToken.None);
        clock.Stop();
        var sorted = durations.Order().ToArray();
        return new PassReport(ran, Math.Round(clock.Elapsed.TotalSeconds, 3), Math.Round(ran / clock.Elapsed.TotalSeconds, 1),
            Math.Round(Percentile(sorted, 0.50), 2), Math.Round(Percentile(sorted, 0.99), 2), Math.Round(sorted.LastOrDefault(), 2),
            outcomes.OrderBy(o => o.Key).ToDictionary(o => o.Key, o => o.Value));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var value) ? value : fallback;
    }
}
