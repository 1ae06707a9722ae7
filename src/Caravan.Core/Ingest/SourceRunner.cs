using Caravan.Model;

namespace Caravan.Ingest;

/// <summary>Refreshes many sources with a concurrency limit; one failing source never stops the others.</summary>
public sealed class SourceRunner(FeedRefresher refresher, IngestOptions options)
{
    public async Task<IReadOnlyList<RefreshReport>> RefreshAllAsync(IReadOnlyList<Source> sources, Action<RefreshReport>? progress, CancellationToken ct)
    {
        var reports = new RefreshReport[sources.Count];
        await Parallel.ForAsync(0, sources.Count, new ParallelOptions { MaxDegreeOfParallelism = options.MaxConcurrentSources, CancellationToken = ct },
            async (i, token) =>
            {
                RefreshReport report;
                try
                {
                    report = await refresher.RefreshAsync(sources[i], token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A bug in one source's path is reported, not allowed to take the pass down.
                    report = new RefreshReport(sources[i].Id, sources[i].Name, "error", 0, 0, 0, 0, $"{e.GetType().Name}: {e.Message}");
                }
                reports[i] = report;
                progress?.Invoke(report);
            });
        return reports;
    }

}
