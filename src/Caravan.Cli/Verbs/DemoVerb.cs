using System.CommandLine;
using System.Diagnostics;
using Caravan.Ingest;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Tagging;
using Caravan.Web.Demo;
using Spectre.Console;

namespace Caravan.Cli.Verbs;

/// <summary>
/// `caravan demo`: serves the bundled sample archive as an HTTP origin on 127.0.0.1, registers its
/// outlets, ingests everything (the archive's first edition, then its second, where one outlet
/// updates a story), prints a summary, then serves the web UI while the scheduler keeps the
/// demo sources fresh.
/// </summary>
internal static class DemoVerb
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var port = ServeVerb.Port();
        var noServe = new Option<bool>("--no-serve") { Description = "Exit after the ingest summary" };
        var samples = new Option<string?>("--samples") { Description = "Sample archive folder (default: the one shipped with caravan)" };
        var originPort = new Option<int>("--origin-port") { Description = "Preferred port of the sample origin (0 = any)", DefaultValueFactory = _ => 5079 };
        var latency = new Option<int>("--origin-latency-ms") { Description = "Artificial latency of the sample origin", DefaultValueFactory = _ => 0 };
        var cmd = new Command("demo", "Run Caravan end to end on the bundled sample archive") { port, db, noServe, samples, originPort, latency, json };
        cmd.SetAction(async (r, ct) =>
        {
            var samplesPath = r.GetValue(samples) ?? Path.Combine(AppContext.BaseDirectory, "samples");
            if (!File.Exists(Path.Combine(samplesPath, "outlets.json"))) throw new UserError($"no sample archive at {samplesPath} (outlets.json is missing)");
            var clock = Stopwatch.StartNew();
            await using var store = await CliServices.OpenStoreAsync(r.GetValue(db)!, ct);
            await using var origin = await SampleOrigin.StartAsync(new SampleOriginOptions
            {
                SamplesPath = samplesPath, PreferredPort = await PreviousOriginPortAsync(store, ct) ?? r.GetValue(originPort), LatencyMs = r.GetValue(latency),
            }, ct);
            Console.Error.WriteLine($"caravan: sample origin at {origin.BaseUrl}/");
            // The origin is ours and local: allow exactly it past the address guard, and skip the politeness pause.
            var fetchOptions = CliServices.FetchOptions(extraAllowedHost: "127.0.0.1") with { MinDelayBetweenRequestsToHostMs = 0, PerHostConcurrency = 4 };
            using var pipeline = CliServices.Pipeline(store, fetchOptions, CliServices.IngestOptions());

            var (first, second) = await IngestBothEditionsAsync(store, origin, pipeline.Runner,
                (label, count, pass) => IngestProgress.RunAsync(label, pass, count), ct);
            clock.Stop();

            var stats = await store.GetStatsAsync(ct);
            var countries = await store.CountTagsAsync(TagKind.Country, ct);
            var dbBytes = stats.SizeBytes;
            var failed = first.Concat(second).Where(x => x.Failed).ToList();
            if (r.GetValue(json))
                Output.WriteJson(new
                {
                    sources = stats.Sources, articles = stats.Articles, versions = stats.Versions, stories = stats.Stories, countries,
                    failedFetches = failed.Count, seconds = Math.Round(clock.Elapsed.TotalSeconds, 2), dbBytes,
                });
            else
                PrintSummary(stats, countries, failed, clock.Elapsed, dbBytes);

            if (r.GetValue(noServe)) return failed.Count == 0 ? 0 : 1;
            await ServeVerb.RunAsync(store, pipeline, r.GetValue(port), ct, json: r.GetValue(json));
            return 0;
        });
        return cmd;
    }

    internal delegate Task<IReadOnlyList<RefreshReport>> PassRunner(string label, int sources, Func<Action<RefreshReport>, Task<IReadOnlyList<RefreshReport>>> pass);

    /// <summary>Ingests the archive's first edition, advances it (one outlet updates a story), and ingests the second.</summary>
    internal static async Task<(IReadOnlyList<RefreshReport> First, IReadOnlyList<RefreshReport> Second)> IngestBothEditionsAsync(
        ICaravanStore store, SampleOrigin origin, SourceRunner runner, PassRunner run, CancellationToken ct)
    {
        var sources = await RegisterAsync(store, origin, ct);
        var first = await run("ingest, first edition", sources.Count, p => runner.RefreshAllAsync(sources, p, ct));
        origin.AdvanceEdition();
        sources = await RegisterAsync(store, origin, ct);
        var second = await run("ingest, second edition", sources.Count, p => runner.RefreshAllAsync(sources, p, ct));
        return (first, second);
    }

    /// <summary>
    /// The port the demo origin had when this store last ingested it. The archive's GUIDs and links
    /// contain the origin's address, so serving it at the same address again keeps item identities.
    /// </summary>
    static async Task<int?> PreviousOriginPortAsync(ICaravanStore store, CancellationToken ct) =>
        (await store.ListSourcesAsync(ct)).FirstOrDefault(s => s.FeedUrl.IsLoopback && s.FeedUrl.AbsolutePath.EndsWith("/feed.xml", StringComparison.Ordinal))?.FeedUrl.Port;

    /// <summary>Adds the archive's outlets as sources, or points existing demo sources at this run's origin.</summary>
    static async Task<IReadOnlyList<Source>> RegisterAsync(ICaravanStore store, SampleOrigin origin, CancellationToken ct)
    {
        var existing = await store.ListSourcesAsync(ct);
        var result = new List<Source>();
        foreach (var o in origin.Outlets)
        {
            var feedUrl = origin.FeedUrl(o);
            var mine = existing.FirstOrDefault(s => s.FeedUrl.IsLoopback && s.FeedUrl.AbsolutePath == feedUrl.AbsolutePath);
            if (mine is not null && mine.FeedUrl != feedUrl)
            {
                mine = mine with { FeedUrl = feedUrl, SiteUrl = new Uri($"{origin.BaseUrl}/{o.Slug}/") };
                await store.UpdateSourceAsync(mine, ct);
            }
            mine ??= (await store.AddSourceAsync(new Source
            {
                Name = o.Name, FeedUrl = feedUrl, SiteUrl = new Uri($"{origin.BaseUrl}/{o.Slug}/"),
                Kind = Enum.TryParse<SourceKind>(o.Kind, true, out var k) ? k : SourceKind.Rss, CountryHint = o.Country, LanguageHint = o.Language,
            }, ct)).Source;
            result.Add((await store.GetSourceAsync(mine.Id, ct))!);
        }
        return result;
    }

    static void PrintSummary(StoreStats stats, IReadOnlyDictionary<string, int> countries, IReadOnlyList<RefreshReport> failed, TimeSpan elapsed, long dbBytes)
    {
        var t = new Table().Title("Caravan demo: ingest summary").AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
        t.AddRow("sources", stats.Sources.ToString());
        t.AddRow("articles", stats.Articles.ToString());
        t.AddRow("versions", stats.Versions.ToString());
        t.AddRow("stories", stats.Stories.ToString());
        foreach (var (code, n) in countries)
            t.AddRow($"  {Markup.Escape(Countries.FromCode(code)?.Name ?? code)}", n.ToString());
        Output.Stdout.Write(t);
        Console.WriteLine($"ingested in {elapsed.TotalSeconds:0.0} s; database {dbBytes / 1024.0 / 1024.0:0.0} MB; {failed.Count} failed fetches");
        foreach (var f in failed) Console.WriteLine($"  {f.SourceName}: {f.Error}");
    }
}
