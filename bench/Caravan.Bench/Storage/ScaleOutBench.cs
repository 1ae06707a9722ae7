using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Storage.Postgres;
using Caravan.Storage.Sqlite;
using Caravan.Web.Demo;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Caravan.Bench.Storage;

/// <summary>
/// `scale-out --pg SERVER [--sources 300] [--items 10] [--latency 50,0] [--workers 1,2,4] [--concurrency 2] [--caravan DLL]`:
/// ingest throughput of N `caravan serve --role worker` processes on PostgreSQL against one process on SQLite,
/// all ingesting the same generated archive from a loopback origin with and without per-response latency.
/// Each run starts its workers against a fresh store whose sources are not yet due, waits until every worker is
/// claiming, then makes every source due and times until each has been fetched: process start-up is left out.
/// </summary>
static class ScaleOutBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (Arg(args, "--pg") is not { } pgServer) { Console.Error.WriteLine("scale-out: give --pg CONNECTION (a role that may create databases)"); return 2; }
        var sources = Int(Arg(args, "--sources") ?? "300");
        var items = Int(Arg(args, "--items") ?? "10");
        var concurrency = Int(Arg(args, "--concurrency") ?? "2");
        var latencies = (Arg(args, "--latency") ?? "50,0").Split(',').Select(Int).ToList();
        var workerCounts = (Arg(args, "--workers") ?? "1,2,4").Split(',').Select(Int).ToList();
        var caravan = Path.GetFullPath(Arg(args, "--caravan") ?? "src/Caravan.Cli/bin/Release/net10.0/caravan.dll");
        if (!File.Exists(caravan)) { Console.Error.WriteLine($"scale-out: no {caravan}; build it first: dotnet build -c Release src/Caravan.Cli"); return 2; }

        var archive = ScaleOutArchive.Write(sources, items);
        var work = Directory.CreateTempSubdirectory("caravan-scale-").FullName;
        try
        {
            Console.WriteLine($"archive: {sources} sources x {items} items (half teasers with a page each); {concurrency} sources at once per worker");
            Console.WriteLine("latency  store        workers  seconds  sources/s  articles/s  vs 1 PG worker  worker CPU s  all fetched s");
            foreach (var latency in latencies)
            {
                await using var origin = await SampleOrigin.StartAsync(new SampleOriginOptions { SamplesPath = archive, PreferredPort = 0, LatencyMs = latency }, CancellationToken.None);
                var sqlite = await RunOnceAsync(caravan, origin, $"{work}/l{latency}.db", SqliteSql, workers: 1, concurrency);
                Print(latency, "SQLite", 1, sqlite, null);
                Result? one = null;
                foreach (var n in workerCounts)
                {
                    var db = await CreateDatabaseAsync(pgServer, $"caravan_scale_{latency}_{n}");
                    try
                    {
                        var r = await RunOnceAsync(caravan, origin, db, PostgresSql, n, concurrency);
                        one ??= r;
                        Print(latency, "PostgreSQL", n, r, one);
                    }
                    finally { await DropDatabaseAsync(pgServer, db); }
                }
            }
            return 0;
        }
        finally
        {
            Directory.Delete(archive, recursive: true);
            Directory.Delete(work, recursive: true);
        }
    }

    sealed record Result(double Seconds, double FetchedSeconds, int Sources, long Articles, double WorkerCpuSeconds);

    static void Print(int latency, string store, int workers, Result r, Result? one) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{latency,4} ms  {store,-11}  {workers,7}  {r.Seconds,7:F1}  {r.Sources / r.Seconds,9:F1}  {r.Articles / r.Seconds,10:F1}  {(one is null ? "" : $"{one.Seconds / r.Seconds:F2}x"),14}  {r.WorkerCpuSeconds,12:F1}  {r.FetchedSeconds,13:F1}"));

    static async Task<Result> RunOnceAsync(string caravan, SampleOrigin origin, string db, Func<string, DbConnection> connect, int workers, int concurrency)
    {
        await using (var store = await StoreFactory.OpenAsync(db, TimeProvider.System, CancellationToken.None))
            foreach (var o in origin.Outlets) // registered not yet due, so every worker starts from the same moment
                await store.AddSourceAsync(new Source
                {
                    Name = o.Name, FeedUrl = origin.FeedUrl(o), Kind = SourceKind.Rss, LanguageHint = o.Language,
                    FetchState = new SourceFetchState { NextCheckAt = DateTimeOffset.UtcNow.AddYears(1) },
                }, CancellationToken.None);
        var processes = Enumerable.Range(0, workers).Select(_ => WorkerProcess.Start(caravan, db, concurrency)).ToList();
        try
        {
            await Task.WhenAll(processes.Select(p => p.Ready)).WaitAsync(TimeSpan.FromMinutes(2));
            await using var c = connect(db);
            await c.OpenAsync();
            var cpuBefore = processes.Sum(p => p.CpuTime.TotalSeconds);
            await ExecuteAsync(c, "UPDATE sources SET next_check_at = NULL");
            var clock = Stopwatch.StartNew();
            // Done when every source was fetched and every article linked (by whichever worker holds the linker role).
            const string pending = "SELECT (SELECT COUNT(*) FROM sources WHERE last_attempt_at IS NULL) + (SELECT COUNT(*) FROM articles WHERE story_id IS NULL)";
            double? fetched = null;
            while (await ScalarAsync(c, pending) > 0)
            {
                if (fetched is null && await ScalarAsync(c, "SELECT COUNT(*) FROM sources WHERE last_attempt_at IS NULL") == 0) fetched = clock.Elapsed.TotalSeconds;
                if (clock.Elapsed > TimeSpan.FromMinutes(9)) throw new TimeoutException("the workers did not fetch every source in 9 minutes");
                await Task.Delay(25);
            }
            clock.Stop();
            var cpu = processes.Sum(p => p.CpuTime.TotalSeconds) - cpuBefore;
            return new Result(clock.Elapsed.TotalSeconds, fetched ?? clock.Elapsed.TotalSeconds, origin.Outlets.Count, await ScalarAsync(c, "SELECT COUNT(*) FROM articles"), cpu);
        }
        finally
        {
            foreach (var p in processes) await p.DisposeAsync();
        }
    }

    static DbConnection SqliteSql(string path) => new SqliteConnection($"Data Source={path}");
    static DbConnection PostgresSql(string db) => new NpgsqlConnection(PostgresConnectionString.From(db));

    static async Task<string> CreateDatabaseAsync(string server, string name)
    {
        await using var c = new NpgsqlConnection(PostgresConnectionString.From(server));
        await c.OpenAsync();
        await ExecuteAsync(c, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        await ExecuteAsync(c, $"CREATE DATABASE {name}");
        return new NpgsqlConnectionStringBuilder(PostgresConnectionString.From(server)) { Database = name }.ConnectionString;
    }

    static async Task DropDatabaseAsync(string server, string db)
    {
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(PostgresConnectionString.From(server));
        await c.OpenAsync();
        await ExecuteAsync(c, $"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(db).Database} WITH (FORCE)");
    }

    static async Task ExecuteAsync(DbConnection c, string sql)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    static async Task<long> ScalarAsync(DbConnection c, string sql)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
    static string? Arg(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
