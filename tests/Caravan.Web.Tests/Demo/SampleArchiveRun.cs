using Caravan.Fetching;
using Caravan.Ingest;
using Caravan.Model;
using Caravan.Storage;

namespace Caravan.Web.Demo;

/// <summary>
/// The sample archive through the real pipeline (SampleOrigin over HTTP, FeedRefresher with its linking step,
/// a temporary SQLite file), both editions, with sources refreshed several at once in a given order.
/// </summary>
public sealed partial class SampleArchiveRun : IAsyncDisposable
{
    readonly string _db = Path.Combine(Path.GetTempPath(), $"caravan-linking-{Guid.NewGuid():N}.db");
    public IReadOnlyList<(Article Article, string Outlet)> Articles { get; private set; } = [];
    public ICaravanStore Store { get; private set; } = null!;

    /// <summary>Ingests both editions, <paramref name="maxConcurrentSources"/> sources at once, the sources in an order shuffled by <paramref name="seed"/> (none: the archive's order).</summary>
    public static async Task<SampleArchiveRun> IngestAsync(int maxConcurrentSources, int? seed, CancellationToken ct)
    {
        var run = new SampleArchiveRun();
        run.Store = await StoreFactory.OpenAsync(run._db, TimeProvider.System, ct);
        await using var origin = await SampleOrigin.StartAsync(new SampleOriginOptions { SamplesPath = SamplesPath(), PreferredPort = 0 }, ct);
        var fetchOptions = new FetchOptions { AllowedHosts = "127.0.0.1", MinDelayBetweenRequestsToHostMs = 0, PerHostConcurrency = 8 };
        using var fetcher = new HttpFetcher(fetchOptions, TimeProvider.System);
        var ingest = new IngestOptions { MaxConcurrentSources = maxConcurrentSources };
        var refresher = new FeedRefresher(run.Store, fetcher, new RefreshSchedule(new ScheduleOptions()), TimeProvider.System, ingest, linker: new ArticleLinker(run.Store, TimeProvider.System));
        var runner = new SourceRunner(refresher, ingest);
        var sources = new List<Source>();
        foreach (var o in origin.Outlets)
            sources.Add((await run.Store.AddSourceAsync(new Source
            {
                Name = o.Name, FeedUrl = origin.FeedUrl(o), SiteUrl = new Uri($"{origin.BaseUrl}/{o.Slug}/"),
                Kind = Enum.TryParse<SourceKind>(o.Kind, true, out var k) ? k : SourceKind.Rss, CountryHint = o.Country, LanguageHint = o.Language,
            }, ct)).Source);
        // Source ids stay in the archive's order (report order breaks ties of time by source id); refreshes come in another.
        var order = sources.ToArray();
        if (seed is { } s) new Random(s).Shuffle(order);
        await runner.RefreshAllAsync(order, null, ct);
        origin.AdvanceEdition();
        var refreshed = new List<Source>();
        foreach (var source in order) refreshed.Add((await run.Store.GetSourceAsync(source.Id, ct))!);
        await runner.RefreshAllAsync(refreshed, null, ct);
        var names = sources.ToDictionary(s => s.Id, s => origin.Outlets.First(o => o.Name == s.Name).Slug);
        var all = await run.Store.ListArticlesAsync(new ArticleQuery { IncludeDuplicates = true, IncludeLinkOnly = true, Limit = ArticleQuery.MaxLimit }, ct);
        run.Articles = all.Select(a => (a, names[a.SourceId])).ToList();
        return run;
    }

    /// <summary>The stories as groups of (outlet, item key), whatever their ids: what two runs compare (item keys made of links lose the origin's port).</summary>
    public HashSet<string> StoryGroups() =>
        Articles.Where(x => x.Article.StoryId is not null).GroupBy(x => x.Article.StoryId)
            .Select(g => string.Join(" ", g.Select(x => $"{x.Outlet}/{Port().Replace(x.Article.ItemKey, "")}").Order(StringComparer.Ordinal))).ToHashSet();

    [System.Text.RegularExpressions.GeneratedRegex(@"127\.0\.0\.1:\d+")]
    private static partial System.Text.RegularExpressions.Regex Port();

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(_db) + "*")) File.Delete(f);
    }

    static string SamplesPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "samples", "outlets.json"))) return Path.Combine(dir.FullName, "samples");
        throw new InvalidOperationException("samples/outlets.json not found above " + AppContext.BaseDirectory);
    }
}
