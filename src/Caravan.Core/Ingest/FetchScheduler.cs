using System.Collections.Concurrent;
using Caravan.Model;
using Caravan.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Caravan.Ingest;

/// <summary>
/// Starts each source's refresh when its next check comes due, at most
/// <see cref="ScheduleOptions.GlobalConcurrency"/> at once, until cancelled. The refresh itself (fetch,
/// parse, store, next check) is the delegate's business, normally <c>FeedRefresher.RefreshAsync</c>.
/// </summary>
public sealed class FetchScheduler(ICaravanStore store, Func<Source, CancellationToken, Task> refresh, ScheduleOptions options, TimeProvider time, ILogger? log = null)
{
    private const int MaxSourcesPerPoll = 10_000;
    private readonly ILogger _log = log ?? NullLogger.Instance;
    // A refresh that threw (a bug, not a fetch outcome) left its next check unchanged: without this it would run every poll.
    private readonly ConcurrentDictionary<long, DateTimeOffset> _notBefore = new();

    /// <summary>One pass over the due sources (every enabled source with <paramref name="force"/>); returns how many ran.</summary>
    public async Task<int> RunOnceAsync(bool force, CancellationToken ct)
    {
        var sources = force
            ? (await store.ListSourcesAsync(ct).ConfigureAwait(false)).Where(s => s.Enabled).ToList()
            : await store.ListDueSourcesAsync(time.GetUtcNow(), MaxSourcesPerPoll, ct).ConfigureAwait(false);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.GlobalConcurrency, CancellationToken = ct };
        await Parallel.ForEachAsync(sources, parallel, async (source, token) => await RefreshOneAsync(source, token).ConfigureAwait(false)).ConfigureAwait(false);
        if (_linking is not null) await _linking.LinkPendingAsync(ct).ConfigureAwait(false);
        return sources.Count;
    }

    /// <summary>
    /// This process's name in source leases: host, process id and a random part, so a restarted process
    /// never mistakes a dead predecessor's leases for its own.
    /// </summary>
    public string WorkerId { get; init; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// The process's linker. It runs beside the refreshes (<see cref="LinkingLoop"/>), asked for a pass whenever a
    /// refresh finishes and every poll: when this process holds the store's linker role it links what every worker
    /// stored, even once its own sources are all done. The refresh delegate should then store without linking, so
    /// a fetch slot never waits for the linker's turn.
    /// </summary>
    public ArticleLinker? Linker
    {
        get => _linker;
        init { _linker = value; _linking = value is null ? null : new LinkingLoop(value, time, options.LinkerBusyShare, _log); }
    }

    private readonly ArticleLinker? _linker;
    private readonly LinkingLoop? _linking;

    /// <summary>
    /// Claims due sources (leases, so any number of worker processes can share one store and none
    /// fetches a source another holds), as many as there are free slots, and refreshes each; claims
    /// again when a refresh finishes or every <see cref="ScheduleOptions.PollSeconds"/>. On cancellation
    /// (Ctrl+C, SIGTERM) the in-flight refreshes are cancelled and awaited and their leases given back,
    /// so the method returns only when nothing is half-done; it does not throw for that cancellation.
    /// </summary>
    public async Task RunAsync(CancellationToken ct)
    {
        var running = new Dictionary<long, Task>();
        var linking = _linking?.RunAsync(ct) ?? Task.CompletedTask;
        try
        {
            while (!ct.IsCancellationRequested)
            {
                foreach (var done in running.Where(r => r.Value.IsCompleted).Select(r => r.Key).ToList()) running.Remove(done);
                var free = options.GlobalConcurrency - running.Count;
                if (free > 0)
                {
                    var now = time.GetUtcNow();
                    foreach (var source in await store.ClaimDueSourcesAsync(WorkerId, now, options.Lease, free, ct).ConfigureAwait(false))
                    {
                        // Cooling down after a bug: its lease is left to lapse, which also keeps other workers off it meanwhile.
                        if (_notBefore.TryGetValue(source.Id, out var notBefore) && notBefore > now) continue;
                        running[source.Id] = RunClaimedAsync(source, ct);
                    }
                }
                // A refresh finished (its articles wait for links) or a poll passed (other workers' may): either way, link.
                await WaitForPollOrFreeSlotAsync(running.Values, ct).ConfigureAwait(false);
                _linking?.Request();
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        await Task.WhenAll(running.Values).ConfigureAwait(false);
        await linking.ConfigureAwait(false);
    }

    /// <summary>A refresh can outlast its lease (a slow origin, many article pages): renew it every third of a lease meanwhile.</summary>
    private async Task RenewWhileRefreshingAsync(long sourceId, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await Task.Delay(options.Lease / 3, time, ct).ConfigureAwait(false);
                if (!await store.RenewLeaseAsync(sourceId, WorkerId, options.Lease, ct).ConfigureAwait(false))
                    _log.LogWarning("lost the lease on source {SourceId} mid-refresh", sourceId);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            _log.LogWarning(e, "renewing the lease on source {SourceId} failed", sourceId);
        }
    }

    /// <summary>Waits until the poll interval passed or a refresh finished, whichever comes first.</summary>
    private async Task WaitForPollOrFreeSlotAsync(IEnumerable<Task> running, CancellationToken ct)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var poll = Task.Delay(TimeSpan.FromSeconds(options.PollSeconds), time, wait.Token);
        await Task.WhenAny(running.Append(poll)).ConfigureAwait(false);
        await wait.CancelAsync().ConfigureAwait(false); // disposes the poll timer when a refresh woke us first
        ct.ThrowIfCancellationRequested();
    }

    private async Task RunClaimedAsync(Source source, CancellationToken ct)
    {
        var release = true;
        using var refreshing = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var heartbeat = RenewWhileRefreshingAsync(source.Id, refreshing.Token);
        try
        {
            release = await RefreshOneAsync(source, ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        await refreshing.CancelAsync().ConfigureAwait(false);
        await heartbeat.ConfigureAwait(false);
        if (!release) return;
        try
        {
            await store.ReleaseLeaseAsync(source.Id, WorkerId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Not fatal: the lease lapses on its own and another worker takes the source then.
            _log.LogWarning(e, "giving back the lease on source {SourceId} failed", source.Id);
        }
    }

    /// <summary>Runs one refresh; false when it threw (a bug), after which the source cools down.</summary>
    private async Task<bool> RefreshOneAsync(Source source, CancellationToken ct)
    {
        try
        {
            await refresh(source, ct).ConfigureAwait(false);
            _notBefore.TryRemove(source.Id, out _);
            return true;
        }
        catch (Exception e) when (!(e is OperationCanceledException && ct.IsCancellationRequested))
        {
            _notBefore[source.Id] = time.GetUtcNow() + TimeSpan.FromMinutes(options.BackoffBaseMinutes);
            _log.LogError(e, "refreshing source {SourceId} ({SourceName}) failed unexpectedly", source.Id, source.Name);
            return false;
        }
    }
}
