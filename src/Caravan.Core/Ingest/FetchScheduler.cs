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
        return sources.Count;
    }

    /// <summary>
    /// Polls for due sources every <see cref="ScheduleOptions.PollSeconds"/> and starts each as a slot
    /// frees up. On cancellation (Ctrl+C, SIGTERM) the in-flight refreshes are cancelled and awaited,
    /// so the method returns only when nothing is half-done; it does not throw for that cancellation.
    /// </summary>
    public async Task RunAsync(CancellationToken ct)
    {
        using var slots = new SemaphoreSlim(options.GlobalConcurrency);
        var running = new Dictionary<long, Task>();
        try
        {
            while (!ct.IsCancellationRequested)
            {
                foreach (var done in running.Where(r => r.Value.IsCompleted).Select(r => r.Key).ToList()) running.Remove(done);
                var now = time.GetUtcNow();
                foreach (var source in await store.ListDueSourcesAsync(now, MaxSourcesPerPoll, ct).ConfigureAwait(false))
                {
                    if (running.ContainsKey(source.Id)) continue;
                    if (_notBefore.TryGetValue(source.Id, out var notBefore) && notBefore > now) continue;
                    running[source.Id] = RunInSlotAsync(source, slots, ct);
                }
                await Task.Delay(TimeSpan.FromSeconds(options.PollSeconds), time, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
        await Task.WhenAll(running.Values).ConfigureAwait(false);
    }

    private async Task RunInSlotAsync(Source source, SemaphoreSlim slots, CancellationToken ct)
    {
        try
        {
            await slots.WaitAsync(ct).ConfigureAwait(false);
            try
            {
                await RefreshOneAsync(source, ct).ConfigureAwait(false);
            }
            finally
            {
                slots.Release();
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private async Task RefreshOneAsync(Source source, CancellationToken ct)
    {
        try
        {
            await refresh(source, ct).ConfigureAwait(false);
            _notBefore.TryRemove(source.Id, out _);
        }
        catch (Exception e) when (!(e is OperationCanceledException && ct.IsCancellationRequested))
        {
            _notBefore[source.Id] = time.GetUtcNow() + TimeSpan.FromMinutes(options.BackoffBaseMinutes);
            _log.LogError(e, "refreshing source {SourceId} ({SourceName}) failed unexpectedly", source.Id, source.Name);
        }
    }
}
