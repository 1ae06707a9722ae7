using Caravan.Ingest;
using Caravan.Storage;

namespace Caravan.Cli;

/// <summary>Runs due sources, then waits a little, until cancelled.</summary>
internal static class SchedulerLoop
{
    static readonly TimeSpan Poll = TimeSpan.FromSeconds(15);

    public static async Task RunAsync(ICaravanStore store, SourceRunner runner, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var reports = await runner.RefreshDueAsync(store, CliServices.Time.GetUtcNow(), force: false, null, ct);
            foreach (var r in reports.Where(r => r.New + r.Updated > 0 || r.Failed))
                Console.Error.WriteLine($"caravan: {r.SourceName}: {r.Status}, {r.New} new, {r.Updated} updated{(r.Error is null ? "" : ", " + r.Error)}");
            await Task.Delay(Poll, CliServices.Time, ct);
        }
    }
}
