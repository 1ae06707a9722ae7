using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Storage.Sqlite;

namespace Caravan.Bench.Web;

/// <summary>
/// `web-latency --caravan PATH [--db PATH] [--articles 100000] [--seconds 10] [--connections 20] [--searches 400]`: fills a SQLite store
/// with N articles multiplied from the demo archive (unless --db already holds them), starts `caravan serve --role web`
/// on loopback against it, and runs wrk against a category page, its feed, and search (<see cref="SearchQueryList"/>), cached and uncached; prints
/// wrk's latency percentiles (client side) and the server's own (its Server-Timing header).
/// </summary>
static class WebLatencyBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var caravan = Arg(args, "--caravan");
        if (caravan is null || !File.Exists(caravan))
        {
            Console.Error.WriteLine("web-latency: give --caravan PATH to a built caravan (dotnet build src/Caravan.Cli -c Release -o out; then --caravan out/caravan)");
            return 2;
        }
        caravan = Path.GetFullPath(caravan);
        var db = Path.GetFullPath(Arg(args, "--db") ?? Path.Combine(Path.GetTempPath(), "caravan-web-latency.db"));
        int articles = Int(args, "--articles", 100_000), seconds = Int(args, "--seconds", 10), connections = Int(args, "--connections", 20);
        var category = Arg(args, "--category") ?? "kazakhstan";
        var ct = CancellationToken.None;

        await using (var store = new SqliteStore(db))
        {
            await store.MigrateAsync(ct);
            var have = (await store.GetStatsAsync(ct)).Articles;
            if (have == 0) await FillAsync(caravan, store, articles, ct);
            else Console.Error.WriteLine($"web-latency: {db} already holds {have:N0} articles; using them");
            articles = (await store.GetStatsAsync(ct)).Articles;
        }
        var (oldest, newest) = await TimeRangeAsync(db, ct);
        var searches = await SearchQueryList.BuildAsync(db, Int(args, "--searches", 400), newest, ct);

        var port = FreePort();
        var results = new List<WrkResult>();
        foreach (var cached in new[] { true, false })
        {
            using var server = await StartServerAsync(caravan, db, port, cached);
            var root = $"http://127.0.0.1:{port}";
            string page = $"{root}/category/{category}", feed = $"{root}/category/{category}/feed.xml";
            // Warm up: JIT, connection pools, SQLite page cache.
            using (var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) })
                foreach (var url in new[] { page, feed, $"{root}/search?q=gas", $"{page}?before=1_1" })
                    for (int i = 0; i < 30; i++)
                        (await http.GetAsync(url)).EnsureSuccessStatusCode();
            var tag = cached ? "" : " (cache off)";
            async Task Run(string name, string url, string? lua = null)
            {
                var cpu = CpuMs(server);
                var r = await WrkResult.RunAsync(name + tag, url, connections, seconds, lua);
                results.Add(r with { ServerCpuMsPerRequest = (CpuMs(server) - cpu) / Math.Max(1, r.Requests) });
            }
            await Run("category page", page);
            await Run("category feed", feed);
            if (!cached) await Run("category page, random deep cursor", page, RandomCursor(oldest, newest));
            await Run($"search, {searches.Count} distinct queries", $"{root}/search", SearchQueryList.Lua(searches));
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }

        Console.WriteLine($"web-latency: {articles:N0} articles in {db}; wrk -t2 -c{connections} -d{seconds}s; load: {(await File.ReadAllTextAsync("/proc/loadavg")).Trim()}");
        Console.WriteLine($"{"route",-48} {"req/s",8} {"client p50",11} {"client p99",11} {"server p50",11} {"server p99",11} {"CPU/req",10} {"non-2xx",8} {"timeouts",8}");
        foreach (var r in results)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Name,-48} {r.RequestsPerSecond,8:F0} {r.ClientP50Ms,9:F2}ms {r.ClientP99Ms,9:F2}ms {r.ServerP50Ms,9:F2}ms {r.ServerP99Ms,9:F2}ms {r.ServerCpuMsPerRequest,8:F2}ms {r.Non2xx,8} {r.Timeouts,8}"));
        return 0;
    }

    /// <summary>Seeds from `caravan demo --no-serve` (the sample archive through the whole pipeline), then multiplies it.</summary>
    static async Task FillAsync(string caravan, ICaravanStore target, int articles, CancellationToken ct)
    {
        var seedDb = Path.Combine(Path.GetTempPath(), $"caravan-web-latency-seed-{Environment.ProcessId}.db");
        try
        {
            var demo = Process.Start(new ProcessStartInfo(caravan, ["demo", "--no-serve", "--db", seedDb, "--origin-port", "0"])
            { RedirectStandardOutput = true }) ?? throw new InvalidOperationException("caravan demo did not start");
            await demo.StandardOutput.ReadToEndAsync(ct);
            await demo.WaitForExitAsync(ct);
            if (demo.ExitCode != 0) throw new InvalidOperationException($"caravan demo failed with exit code {demo.ExitCode}");
            await using var seed = new SqliteStore(seedDb);
            await ArchiveMultiplier.FillAsync(seed, target, articles, ct);
        }
        finally
        {
            foreach (var f in new[] { seedDb, seedDb + "-wal", seedDb + "-shm" }) File.Delete(f);
        }
    }

    static async Task<Process> StartServerAsync(string caravan, string db, int port, bool cached)
    {
        var psi = new ProcessStartInfo(caravan, ["serve", "--role", "web", "--port", port.ToString(CultureInfo.InvariantCulture), "--db", db])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.Environment["CARAVAN_Web__RenderCacheSeconds"] = cached ? "60" : "0";
        var p = Process.Start(psi) ?? throw new InvalidOperationException("caravan serve did not start");
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("serve: " + e.Data); };
        p.BeginErrorReadLine();
        while (await p.StandardOutput.ReadLineAsync() is { } line)
            if (line.Contains("is serving at", StringComparison.Ordinal)) return p;
        throw new InvalidOperationException("caravan serve exited before listening");
    }

    static async Task<(DateTimeOffset Oldest, DateTimeOffset Newest)> TimeRangeAsync(string db, CancellationToken ct)
    {
        await using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly");
        await c.OpenAsync(ct);
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT MIN(sort_at), MAX(sort_at) FROM articles";
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return (DateTimeOffset.Parse(r.GetString(0), CultureInfo.InvariantCulture), DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture));
    }

    /// <summary>Each request asks for the page before a random time: every one renders (no two URLs alike) and most are deep pages.</summary>
    static string RandomCursor(DateTimeOffset oldest, DateTimeOffset newest) => string.Create(CultureInfo.InvariantCulture, $$"""
        math.randomseed(os.time())
        request = function()
          local ms = {{oldest.ToUnixTimeMilliseconds()}} + math.random() * {{(newest - oldest).TotalMilliseconds:F0}}
          return wrk.format(nil, wrk.path .. "?before=" .. string.format("%d", ms) .. "_9223372036854775807")
        end
        """);

    /// <summary>User plus system CPU time of a process so far (Linux /proc/PID/stat, fields 14 and 15, in clock ticks of 10 ms).</summary>
    static double CpuMs(Process p)
    {
        var stat = File.ReadAllText($"/proc/{p.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After the command name the fields are numbered from 3: utime is field 14, stime 15.
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
    }

    static int FreePort()
    {
        using var l = new TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }

    static string? Arg(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    static int Int(string[] args, string name, int fallback) =>
        Arg(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
}
