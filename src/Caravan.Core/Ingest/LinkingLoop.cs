using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Caravan.Ingest;

/// <summary>
/// Runs the process's <see cref="ArticleLinker"/> beside the refreshes instead of inside them: a refresh that
/// stored articles asks for a pass and moves on to its next source, and one pass links everything stored
/// unlinked by then (this worker's and, when it holds the linker role, every other worker's). Requests made
/// while a pass runs fold into one more pass, so the linker never falls behind by more than one pass and the
/// fetch slots never wait for it. Passes are spaced so that linking takes at most <paramref name="busyShare"/> of
/// the time (<see cref="ScheduleOptions.LinkerBusyShare"/>): a pass costs about the length of the log it replays,
/// not the number of articles it links, so while a backlog comes in fewer and larger passes link it for less.
/// </summary>
sealed class LinkingLoop(ArticleLinker linker, TimeProvider time, double busyShare, ILogger log)
{
    // Capacity one, extra writes dropped: many requests during a pass make one more pass, not many.
    readonly Channel<bool> _requests = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for a linking pass soon; never waits.</summary>
    public void Request() => _requests.Writer.TryWrite(true);

    /// <summary>Links on every request until cancelled; returns (without throwing) once cancelled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        try
        {
            while (await _requests.Reader.WaitToReadAsync(ct).ConfigureAwait(false))
            {
                _requests.Reader.TryRead(out _);
                var started = time.GetUtcNow();
                await LinkPendingAsync(ct).ConfigureAwait(false);
                // Measured on the provider's clock: with a test's fake clock a pass takes no time and nothing waits.
                var took = time.GetUtcNow() - started;
                if (PauseAfter(took, busyShare) is { } pause && pause > TimeSpan.Zero) await Task.Delay(pause, time, ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    // A pass slowed by a loaded machine (four workers on two cores) would otherwise wait many seconds while reports
    // pile up; past this the wait is what delays linking after the last fetch, not what saves replays.
    static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(2);

    /// <summary>The wait after a pass that took <paramref name="took"/>, so that passes fill at most <paramref name="busyShare"/> of the time (at most 2 s).</summary>
    public static TimeSpan PauseAfter(TimeSpan took, double busyShare) =>
        took <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromTicks(Math.Min(MaxPause.Ticks, (took * (1 / busyShare - 1)).Ticks));

    /// <summary>One pass; a failure is logged, not fatal: what stays unlinked is linked on a later pass.</summary>
    public async Task LinkPendingAsync(CancellationToken ct)
    {
        try
        {
            await linker.LinkPendingAsync(ct).ConfigureAwait(false);
        }
        catch (Exception e) when (!(e is OperationCanceledException && ct.IsCancellationRequested))
        {
            log.LogError(e, "linking what was stored failed");
        }
    }
}
