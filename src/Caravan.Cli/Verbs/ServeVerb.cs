using System.CommandLine;
using Caravan.Fetching;
using Caravan.Web;
using Caravan.Web.Desk;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Caravan.Cli.Verbs;

/// <summary>
/// `caravan serve`: the web UI plus the background fetch scheduler. With `--role` the two scale apart
/// on a shared PostgreSQL store: many `worker` processes (leases keep them off each other's sources)
/// and any number of `web` processes.
/// </summary>
internal static class ServeVerb
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var port = Port();
        var role = new Option<string>("--role")
        {
            Description = "web: pages and API only; worker: fetch sources only; all: both in one process",
            DefaultValueFactory = _ => "all",
        };
        role.AcceptOnlyFromAmong("web", "worker", "all");
        var cmd = new Command("serve", "Serve the web UI and fetch sources on their schedule") { port, db, role };
        cmd.SetAction(async (r, ct) =>
        {
            await using var store = await CliServices.OpenStoreAsync(r.GetValue(db)!, ct);
            using var pipeline = CliServices.Pipeline(store, CliServices.FetchOptions(), CliServices.IngestOptions());
            await RunAsync(store, pipeline, r.GetValue(port), ct, r.GetValue(role)!);
            return 0;
        });
        return cmd;
    }

    internal static Option<int> Port() => new("--port") { Description = "Port of the web UI on 127.0.0.1 (0 = any free port)", DefaultValueFactory = _ => 5080 };

    /// <summary>Serves until Ctrl+C/SIGTERM, scheduling fetches meanwhile; in-flight fetches are cancelled on the way out.</summary>
    // json: stdout already holds a JSON document (demo --json), so the address line goes to stderr.
    internal static async Task RunAsync(Storage.ICaravanStore store, Pipeline pipeline, int port, CancellationToken ct, string role = "all", bool json = false)
    {
        var scheduler = pipeline.Scheduler;
        if (role == "worker")
        {
            Console.Error.WriteLine($"caravan: worker {scheduler.WorkerId} is fetching due sources (Ctrl+C to stop)");
            await scheduler.RunAsync(ct);
            return;
        }
        if (port is < 0 or > 65535) throw new UserError($"--port must be between 0 and 65535, not {port}");
        // The `Web` configuration section (e.g. CARAVAN_Web__RenderCacheSeconds=0) tunes the web tier; the port comes from --port.
        // The desk's "refresh now" and the write API run the same refresher as the scheduler.
        var web = CliServices.Configuration.GetSection("Web").Get<WebOptions>() ?? new WebOptions();
        var app = WebApp.Create(web with { Url = $"http://127.0.0.1:{port}" }, store, ingest: new DeskIngest(new FeedDiscovery(pipeline.Fetcher), pipeline.Refresher));
        try { await app.StartAsync(ct); }
        catch (IOException e) { throw new UserError($"cannot listen on port {port}: {e.Message}"); }
        (json ? Console.Error : Console.Out).WriteLine($"Caravan is serving at {app.BoundUrl()}/ (Ctrl+C to stop)");
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(ct, app.Lifetime.ApplicationStopping);
        if (role == "web")
        {
            try { await Task.Delay(Timeout.Infinite, stopping.Token); }
            catch (OperationCanceledException) { }
        }
        else
            await scheduler.RunAsync(stopping.Token);
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }
}
