using System.Collections.Concurrent;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Storage.Sqlite;
using Caravan.TestSupport;

namespace Caravan.Ingest;

/// <summary>
/// Two workers sharing one store, each on its own manual clock set off the real one: leases are measured on the
/// store's clock, so neither a worker running ahead (which sees live leases as lapsed) nor one running behind (which
/// would hand out leases already lapsed for the others) can get a source fetched by two workers at once.
/// </summary>
public sealed class FetchSchedulerClockSkewTests : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("caravan-skew-").FullName;
    private readonly ConcurrentQueue<string> _calls = new();
    private ICaravanStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteStore(Path.Combine(_dir, "caravan.db")); // the store keeps the real clock
        await _store.MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private FetchScheduler Worker(string name, TimeProvider clock, Task holdUntil) =>
        new(_store, async (_, ct) => { _calls.Enqueue(name); await holdUntil.WaitAsync(ct); },
            new ScheduleOptions { GlobalConcurrency = 2, PollSeconds = 30, LeaseSeconds = 60 }, clock)
        { WorkerId = name };

    [Theory]
    [InlineData(-60, 0)]  // the holder's clock runs an hour behind
    [InlineData(0, 60)]   // the other worker's clock runs an hour ahead
    [InlineData(-60, 60)]
    public async Task Run_WorkersWithSkewedClocks_NeverTakeASourceAnotherHolds(int holderSkewMinutes, int otherSkewMinutes)
    {
        await _store.AddSourceAsync(new Source { Name = "slow", FeedUrl = new Uri("https://slow.test/feed") }, CancellationToken.None);
        var holderClock = new ManualTimeProvider(DateTimeOffset.UtcNow.AddMinutes(holderSkewMinutes));
        var otherClock = new ManualTimeProvider(DateTimeOffset.UtcNow.AddMinutes(otherSkewMinutes));
        using var stopHolder = new CancellationTokenSource();
        using var stopOther = new CancellationTokenSource();

        var holder = Worker("holder", holderClock, Task.Delay(Timeout.Infinite, stopHolder.Token)).RunAsync(stopHolder.Token);
        await Eventually.True(() => _calls.Count == 1 && holderClock.PendingTimers > 0, "the holder claimed the source");
        var other = Worker("other", otherClock, Task.CompletedTask).RunAsync(stopOther.Token);
        await Eventually.True(() => otherClock.PendingTimers > 0, "the other worker polled once");
        for (var poll = 0; poll < 10; poll++) // five more minutes on its clock: still well inside the lease on the store's
        {
            otherClock.Advance(TimeSpan.FromSeconds(30));
            await Eventually.True(() => otherClock.PendingTimers > 0, "the other worker polled again");
        }
        Assert.Equal(["holder"], _calls);

        await stopHolder.CancelAsync(); // shut down mid-fetch: the holder gives its lease back; the source is still due
        await holder;
        otherClock.Advance(TimeSpan.FromSeconds(30));
        await Eventually.True(() => _calls.Contains("other"), "the other worker took the released source");
        await stopOther.CancelAsync();
        await other;
    }
}
