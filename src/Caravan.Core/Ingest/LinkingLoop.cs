using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Caravan.Ingest;

/// <summary>
/// Runs the process's <see cref="ArticleLinker"/> beside the refreshes instead of inside them: a refresh that
/// stored articles asks for a pass and moves on to its next source, and one pass links everything stored
/// unlinked by then (this worker's and, when it holds the linker role, every other worker's). Requests made
/// while a pass runs fold into one more pass, so the linker never falls behind by more than one pass and the
/// fetch slots never wait for it.
/// </summary>
sealed class LinkingLoop(ArticleLinker linker, ILogger log)
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
                await LinkPendingAsync(ct).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

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
