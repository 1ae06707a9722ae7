using System.Collections.Concurrent;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Storage.Sqlite;
using Caravan.TestSupport;

namespace Caravan.Ingest;

/// <summary>The scheduler over a real SQLite store, with a refresh delegate that records calls and a manual clock.</summary>
public sealed class FetchSchedulerTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("caravan-scheduler-").FullName;
    private readonly ManualTimeProvider _time = new();
    private readonly ConcurrentQueue<long> _calls = new();
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

    private async Task<Source> AddSource(string name, bool enabled = true)
    {
        var added = await _store.AddSourceAsync(new Source { Name = name, FeedUrl = new Uri($"https://{name}.test/feed"), Enabled = enabled }, CancellationToken.None);
        return added.Source;
    }

    /// <summary>What FeedRefresher does at the end of a poll: record the attempt and the next check.</summary>
    private Task SaveNextCheck(Source source, TimeSpan after) => _store.SaveBatchAsync(new IngestBatch
    {
        SourceId = source.Id,
        Attempt = new FetchAttempt { At = _time.GetUtcNow(), Status = "not-modified" },
        NewState = source.FetchState with { NextCheckAt = _time.GetUtcNow() + after },
    }, CancellationToken.None);

    private FetchScheduler Scheduler(Func<Source, CancellationToken, Task> refresh, int concurrency = 4) =>
        new(_store, refresh, new ScheduleOptions { GlobalConcurrency = concurrency, PollSeconds = 30 }, _time);

    private async Task RecordAndReschedule(Source source, CancellationToken ct)
    {
        _calls.Enqueue(source.Id);
        await SaveNextCheck(source, TimeSpan.FromMinutes(10));
    }

    /// <summary>Moves the clock one poll at a time, waiting each time until the loop has polled and re-armed its timer.</summary>
    private async Task AdvanceByPolls(int polls)
    {
        for (var i = 0; i < polls; i++)
        {
            _time.Advance(TimeSpan.FromSeconds(30));
            await Eventually.True(() => _time.PendingTimers > 0, "the scheduler polled again");
        }
    }

    [Fact]
    public async Task RunOnce_RunsOnlyDueSources()
    {
        var due = await AddSource("due");
        var later = await AddSource("later");
        await SaveNextCheck(later, TimeSpan.FromHours(1));

        var ran = await Scheduler(RecordAndReschedule).RunOnceAsync(force: false, CancellationToken.None);

        Assert.Equal(1, ran);
        Assert.Equal([due.Id], _calls);
    }

    [Fact]
    public async Task RunOnce_Forced_RunsEveryEnabledSourceIgnoringTheSchedule()
    {
        var a = await AddSource("a");
        var b = await AddSource("b");
        await AddSource("off", enabled: false);
        await SaveNextCheck(b, TimeSpan.FromHours(1));

        var ran = await Scheduler(RecordAndReschedule).RunOnceAsync(force: true, CancellationToken.None);

        Assert.Equal(2, ran);
        Assert.Equal([a.Id, b.Id], _calls.Order());
    }

    [Fact]
    public async Task RunOnce_NeverRunsMoreThanTheGlobalLimitAtOnce()
    {
        for (var i = 0; i < 20; i++) await AddSource($"s{i}");
        int inFlight = 0, max = 0;
        async Task Refresh(Source source, CancellationToken ct)
        {
            var now = Interlocked.Increment(ref inFlight);
            lock (_calls) max = Math.Max(max, now);
            await Task.Delay(5, ct);
            Interlocked.Decrement(ref inFlight);
        }

        await Scheduler(Refresh, concurrency: 3).RunOnceAsync(force: false, CancellationToken.None);

        Assert.InRange(max, 2, 3);
    }

    /// <summary>A refresh as the scheduler's: stores one article and its next check, links nothing itself.</summary>
    private async Task StoreOneArticle(Source source, CancellationToken ct) => await _store.SaveBatchAsync(new IngestBatch
    {
        SourceId = source.Id,
        Attempt = new FetchAttempt { At = _time.GetUtcNow(), Status = "fetched" },
        NewState = source.FetchState with { NextCheckAt = _time.GetUtcNow() + TimeSpan.FromMinutes(10) },
        Articles = [new ArticleDraft { Article = new Article { ItemKey = $"{source.Name}-1", Title = $"News from {source.Name}", Text = $"What {source.Name} reports today.", ContentHash = $"hash-{source.Name}", PublishedAt = _time.GetUtcNow() } }],
    }, ct);

    private async Task<int> CountUnlinkedAsync() => (await _store.ListUnlinkedArticleIdsAsync(100, CancellationToken.None)).Count;

    [Fact]
    public async Task Run_WithALinker_LinksWhatTheRefreshesStoredWithoutWaitingForAPoll()
    {
        await AddSource("a");
        await AddSource("b");
        using var stop = new CancellationTokenSource();
        var run = new FetchScheduler(_store, StoreOneArticle, new ScheduleOptions { GlobalConcurrency = 2, PollSeconds = 30 }, _time)
        {
            Linker = new ArticleLinker(_store, _time),
        }.RunAsync(stop.Token);

        // The clock never moves: no poll passes, so only the finished refreshes can have asked for the linking pass.
        for (var i = 0; i < 300 && (await _store.GetStatsAsync(CancellationToken.None)).Articles < 2 || await CountUnlinkedAsync() > 0; i++)
            await Task.Delay(10);
        await stop.CancelAsync();
        await run;

        Assert.Equal(2, (await _store.GetStatsAsync(CancellationToken.None)).Articles);
        Assert.Equal(0, await CountUnlinkedAsync());
    }

    [Fact]
    public async Task RunOnce_WithALinker_LinksWhatThePassStoredBeforeReturning()
    {
        await AddSource("a");
        var scheduler = new FetchScheduler(_store, StoreOneArticle, new ScheduleOptions(), _time) { Linker = new ArticleLinker(_store, _time) };

        Assert.Equal(1, await scheduler.RunOnceAsync(force: false, CancellationToken.None));

        Assert.Equal(1, (await _store.GetStatsAsync(CancellationToken.None)).Articles);
        Assert.Equal(0, await CountUnlinkedAsync());
    }

    [Fact]
    public async Task Run_StartsSourcesAgainWhenTheirNextCheckComesDue()
    {
        var a = await AddSource("a");
        var b = await AddSource("b");
        await SaveNextCheck(b, TimeSpan.FromMinutes(5));
        using var stop = new CancellationTokenSource();
        var run = Scheduler(RecordAndReschedule).RunAsync(stop.Token);

        await Eventually.True(() => _calls.Count == 1 && _time.PendingTimers > 0, "the first poll ran a");
        await AdvanceByPolls(10); // minute 5: b comes due; a is not due again until minute 10
        await Eventually.True(() => _calls.Count == 2, "b ran");
        await AdvanceByPolls(10);
        await Eventually.True(() => _calls.Count == 3, "a ran again");
        await stop.CancelAsync();
        await run;

        Assert.Equal([a.Id, b.Id, a.Id], _calls);
    }

    [Fact]
    public async Task Run_Cancelled_CancelsInFlightRefreshesAndReturnsWithoutThrowing()
    {
        await AddSource("slow");
        var cancelledInside = new TaskCompletionSource();
        async Task Hang(Source source, CancellationToken ct)
        {
            _calls.Enqueue(source.Id);
            try { await Task.Delay(Timeout.Infinite, ct); }
            catch (OperationCanceledException) { cancelledInside.SetResult(); throw; }
        }
        using var stop = new CancellationTokenSource();
        var run = Scheduler(Hang).RunAsync(stop.Token);
        await Eventually.True(() => _calls.Count == 1, "the refresh started");

        await stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(2));

        Assert.True(cancelledInside.Task.IsCompleted);
    }

    [Fact]
    public async Task Run_ARefreshThatThrows_DoesNotStopTheOthersAndIsNotRetriedEveryPoll()
    {
        var broken = await AddSource("broken");
        var fine = await AddSource("fine");
        async Task Refresh(Source source, CancellationToken ct)
        {
            _calls.Enqueue(source.Id);
            if (source.Id == broken.Id) throw new InvalidOperationException("a bug");
            await SaveNextCheck(source, TimeSpan.FromDays(1));
        }
        using var stop = new CancellationTokenSource();
        var run = Scheduler(Refresh).RunAsync(stop.Token);
        await Eventually.True(() => _calls.Count == 2 && _time.PendingTimers > 0, "both ran once");

        await AdvanceByPolls(1); // next poll: broken is still due but cooling down
        Assert.Equal(2, _calls.Count);
        await AdvanceByPolls(20); // past the 10-minute cool-down
        await Eventually.True(() => _calls.Count == 3, "broken was retried");
        await stop.CancelAsync();
        await run;

        Assert.Equal([broken.Id, fine.Id, broken.Id], _calls.Take(2).Order().Append(_calls.Last()));
    }
}
