using System.CommandLine;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan fetch [--once] [--force]`: fetch and ingest due sources.</summary>
internal static class FetchVerb
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var once = new Option<bool>("--once") { Description = "One pass, then exit" };
        var force = new Option<bool>("--force") { Description = "Fetch every enabled source now (still conditionally), ignoring the schedule" };
        var cmd = new Command("fetch", "Fetch and ingest due sources (keeps running unless --once)") { once, force, db, json };
        cmd.SetAction(async (r, ct) =>
        {
            await using var store = await CliServices.OpenStoreAsync(r.GetValue(db)!, ct);
            using var pipeline = CliServices.Pipeline(store, CliServices.FetchOptions(), CliServices.IngestOptions());
            if (!r.GetValue(once))
            {
                Console.Error.WriteLine("caravan: fetching on schedule; Ctrl+C to stop");
                await pipeline.Scheduler.RunAsync(ct);
                return 0;
            }
            var sources = r.GetValue(force)
                ? (await store.ListSourcesAsync(ct)).Where(s => s.Enabled).ToList()
                : await store.ListDueSourcesAsync(CliServices.Time.GetUtcNow(), 100_000, ct);
            var reports = await IngestProgress.RunAsync("fetching", p => pipeline.Runner.RefreshAllAsync(sources, p, ct), sources.Count);
            if (r.GetValue(json))
                Output.WriteJson(new
                {
                    sources = reports.Count, failed = reports.Count(x => x.Failed), @new = reports.Sum(x => x.New), updated = reports.Sum(x => x.Updated),
                    reports = reports.Select(x => new { sourceId = x.SourceId, name = x.SourceName, status = x.Status, x.ItemsSeen, @new = x.New, updated = x.Updated, error = x.Error }),
                });
            else
                Console.WriteLine($"fetched {reports.Count} sources: {reports.Sum(x => x.New)} new articles, {reports.Sum(x => x.Updated)} updated, {reports.Count(x => x.Failed)} sources failed");
            return 0;
        });
        return cmd;
    }
}
