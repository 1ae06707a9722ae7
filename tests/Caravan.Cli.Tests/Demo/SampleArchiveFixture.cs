using Caravan.Cli.Verbs;
using Caravan.Fetching;
using Caravan.Ingest;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Storage.Sqlite;
using Caravan.Web.Demo;

namespace Caravan.Cli.Demo;

/// <summary>The whole sample archive ingested once, in process, through the real pipeline and a real HTTP origin.</summary>
public sealed class SampleArchiveFixture : IAsyncLifetime
{
    readonly string _dir = Directory.CreateTempSubdirectory("caravan-samples-").FullName;
    HttpFetcher? _fetcher;

    public ICaravanStore Store { get; private set; } = null!;
    public SampleOrigin Origin { get; private set; } = null!;
    public IReadOnlyList<RefreshReport> FirstPass { get; private set; } = [];
    public IReadOnlyList<RefreshReport> SecondPass { get; private set; } = [];
    public Dictionary<string, Source> Sources { get; } = [];

    public async Task InitializeAsync()
    {
        var ct = CancellationToken.None;
        Store = new SqliteStore(Path.Combine(_dir, "samples.db"));
        await Store.MigrateAsync(ct);
        Origin = await SampleOrigin.StartAsync(new SampleOriginOptions { SamplesPath = Path.Combine(AppContext.BaseDirectory, "samples"), PreferredPort = 0 }, ct);
        _fetcher = new HttpFetcher(new FetchOptions { AllowedHosts = "127.0.0.1", MinDelayBetweenRequestsToHostMs = 0, PerHostConcurrency = 4 }, TimeProvider.System);
        var ingest = new IngestOptions();
        var refresher = new FeedRefresher(Store, _fetcher, new RefreshSchedule(new ScheduleOptions()), TimeProvider.System, ingest, linker: new ArticleLinker(Store, TimeProvider.System));
        var runner = new SourceRunner(refresher, ingest);
        (FirstPass, SecondPass) = await DemoVerb.IngestBothEditionsAsync(Store, Origin, runner, (_, _, pass) => pass(_ => { }), ct);
        foreach (var s in await Store.ListSourcesAsync(ct))
            Sources[s.FeedUrl.AbsolutePath.Split('/')[1]] = s;
    }

    /// <summary>An article of an outlet by the end of its GUID or link, e.g. ("steppe-herald", "?p=4877").</summary>
    public async Task<Article> ArticleAsync(string outlet, string idEnding)
    {
        var all = await Store.ListArticlesAsync(new ArticleQuery { SourceId = Sources[outlet].Id, Limit = 500, IncludeLinkOnly = true, IncludeDuplicates = true }, default);
        var matches = all.Where(a => (a.Guid ?? "").EndsWith(idEnding, StringComparison.Ordinal) || (a.Url ?? "").EndsWith(idEnding, StringComparison.Ordinal)).ToList();
        return Assert.Single(matches);
    }

    public async Task DisposeAsync()
    {
        _fetcher?.Dispose();
        await Origin.DisposeAsync();
        await Store.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }
}
