using Caravan.Fetching;
using Caravan.Storage;
using Caravan.Storage.Sqlite;
using Caravan.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Caravan.Ingest;

/// <summary>The scheduler driving the real refresher, fetcher and SQLite store against a Kestrel origin.</summary>
public sealed class FetchSchedulerEndToEndTests : IAsyncLifetime
{
    private const string Rss = """
        <?xml version="1.0"?><rss version="2.0"><channel><title>Outlet</title><link>https://outlet.test/</link>
        <item><guid>1</guid><title>First story</title><link>https://outlet.test/1</link><description>Body of the first story.</description></item>
        </channel></rss>
        """;
    private readonly string _dir = Directory.CreateTempSubdirectory("caravan-e2e-").FullName;
    private readonly ManualTimeProvider _time = new();
    private ICaravanStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteStore(Path.Combine(_dir, "caravan.db"), _time);
        await _store.MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Run_KeepsASourceFresh_FetchedFirstThenNotModifiedOnItsSchedule()
    {
        await using var origin = await TestOrigin.StartAsync(app => app.MapGet("/feed.xml", async (HttpContext c) =>
        {
            c.Response.Headers.ETag = "\"e1\"";
            if (c.Request.Headers.IfNoneMatch == "\"e1\"") { c.Response.StatusCode = 304; return; }
            c.Response.ContentType = "application/rss+xml";
            await c.Response.WriteAsync(Rss);
        }));
        var source = (await _store.AddSourceAsync(new Model.Source { Name = "Outlet", FeedUrl = origin.Url("/feed.xml") }, CancellationToken.None)).Source;
        // Real time for the fetcher: its timeouts must not fire while the test moves the schedule clock.
        using var fetcher = new HttpFetcher(FetcherFactory.Options(), TimeProvider.System);
        var refresher = new FeedRefresher(_store, fetcher, new RefreshSchedule(new ScheduleOptions()), _time, new IngestOptions { FetchFullTextForTeasers = false });
        var scheduler = new FetchScheduler(_store, (s, ct) => refresher.RefreshAsync(s, ct), new ScheduleOptions { PollSeconds = 300 }, _time);
        using var stop = new CancellationTokenSource();

        var run = scheduler.RunAsync(stop.Token);
        await Eventually.True(() => Attempts().Count == 1, "the first poll fetched the feed");
        var next = (await _store.GetSourceAsync(source.Id, CancellationToken.None))!.FetchState.NextCheckAt!.Value;
        while (_time.GetUtcNow() < next + TimeSpan.FromMinutes(5))
        {
            _time.Advance(TimeSpan.FromMinutes(5));
            await Eventually.True(() => _time.PendingTimers > 0, "the scheduler polled");
        }
        await Eventually.True(() => Attempts().Count == 2, "the second poll ran when due");
        await stop.CancelAsync();
        await run;

        Assert.Equal(["fetched", "not-modified"], Attempts().OrderBy(a => a.At).Select(a => a.Status));
        Assert.Equal(1, (await _store.GetStatsAsync(CancellationToken.None)).Articles);
    }

    private IReadOnlyList<Model.FetchAttempt> Attempts() =>
        _store.ListFetchAttemptsAsync(1, 10, CancellationToken.None).GetAwaiter().GetResult();
}
