using System.Diagnostics;
using Caravan.Cli.TestSupport;
using Caravan.Model;
using Caravan.Storage.Postgres;
using Caravan.Web.Demo;

namespace Caravan.Cli.Storage;

/// <summary>
/// Several `caravan serve --role worker` processes against one PostgreSQL database, ingesting the
/// sample archive served with 50 ms of latency per request: every article stored once, every source
/// fetched once, and a worker killed with SIGKILL mid-run changes nothing once its leases lapse (nor its
/// linker role, if it held it: the next worker takes it over). The result, content, de-duplication links and
/// story membership, every article named by (source, item key), is compared with a single-worker run on the same origin.
/// </summary>
public sealed class ScaleOutTests : IAsyncLifetime
{
    const int LeaseSeconds = 3;
    readonly TempFolder _dir = new();
    SampleOrigin _origin = null!;

    public async Task InitializeAsync() =>
        _origin = await SampleOrigin.StartAsync(new SampleOriginOptions
        {
            SamplesPath = Path.Combine(AppContext.BaseDirectory, "samples"), PreferredPort = 0, LatencyMs = 50,
        }, CancellationToken.None);

    public async Task DisposeAsync()
    {
        await _origin.DisposeAsync();
        _dir.Dispose();
    }

    [PostgresFact]
    public async Task FourWorkers_OneKilledMidRun_StoreEqualsASingleWorkerRun()
    {
        await using var single = await PostgresTestDatabase.CreateAsync();
        await using var shared = await PostgresTestDatabase.CreateAsync();
        await RegisterOutletsAsync(single);
        await RegisterOutletsAsync(shared);

        await RunWorkersUntilAllFetchedAsync(single, workers: 1, killOneMidFetch: false);
        var killedWhileHolding = await RunWorkersUntilAllFetchedAsync(shared, workers: 4, killOneMidFetch: true);

        // Every source fetched exactly once (the first check's successor is minutes away), nothing counted new twice.
        Assert.All(await shared.RowsAsync("SELECT COUNT(f.id) FROM sources s LEFT JOIN fetch_attempts f ON f.source_id = s.id GROUP BY s.id"),
            n => Assert.Equal("1", n));
        Assert.Equal(await shared.RowsAsync("SELECT COUNT(*) FROM articles"), await shared.RowsAsync("SELECT SUM(items_new) FROM fetch_attempts"));
        Assert.Equal(await ContentAsync(single), await ContentAsync(shared));
        AssertSameRows(await LinksAsync(single), await LinksAsync(shared), "links (article | duplicate of | syndicated from | version of)");
        // Story membership is that of a run in report order whatever the arrival order (Stories/OrderedStoryClusterer),
        // also when the linker role moves to another worker after a SIGKILL (the new holder replays the recent window).
        AssertSameRows(await StoriesAsync(single), await StoriesAsync(shared), "stories (their reports)");
        Assert.True(killedWhileHolding > 0, "the killed worker held no unfinished source: the takeover was not tested");
    }

    async Task RegisterOutletsAsync(PostgresTestDatabase db)
    {
        await using var store = new PostgresStore(db.ConnectionString);
        await store.MigrateAsync(CancellationToken.None);
        foreach (var o in _origin.Outlets)
            await store.AddSourceAsync(new Source
            {
                Name = o.Name, FeedUrl = _origin.FeedUrl(o), SiteUrl = new Uri($"{_origin.BaseUrl}/{o.Slug}/"),
                Kind = Enum.TryParse<SourceKind>(o.Kind, true, out var k) ? k : SourceKind.Rss, CountryHint = o.Country, LanguageHint = o.Language,
            }, CancellationToken.None);
    }

    /// <summary>Runs workers until every source has been fetched; returns how many leases the killed worker held when it died.</summary>
    async Task<int> RunWorkersUntilAllFetchedAsync(PostgresTestDatabase db, int workers, bool killOneMidFetch)
    {
        var processes = Enumerable.Range(0, workers).Select(_ => StartWorker(db)).ToList();
        var heldByKilled = 0;
        try
        {
            var clock = Stopwatch.StartNew();
            if (killOneMidFetch)
            {
                // Wait until the victim holds a source it has not finished, then SIGKILL it: no lease is given back.
                var victim = processes[0];
                var midFetch = $"SELECT id FROM sources WHERE lease_owner LIKE '%/{victim.Id}/%' AND last_attempt_at IS NULL";
                while ((await db.RowsAsync(midFetch)).Count == 0)
                {
                    Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), "the first worker never claimed a source");
                    await Task.Delay(20);
                }
                victim.Kill();
                await victim.WaitForExitAsync();
                heldByKilled = (await db.RowsAsync(midFetch)).Count;
            }
            // Done when every source was fetched and the linker (whichever worker holds the role) has linked every article.
            const string pending = "SELECT (SELECT COUNT(*) FROM sources WHERE last_attempt_at IS NULL) + (SELECT COUNT(*) FROM articles WHERE story_id IS NULL AND NOT link_only)";
            while ((await db.RowsAsync(pending))[0] != "0")
            {
                Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "the workers did not fetch every source and link every article in 2 minutes");
                await Task.Delay(100);
            }
        }
        finally
        {
            foreach (var p in processes.Where(p => !p.HasExited)) p.Kill();
            foreach (var p in processes) { await p.WaitForExitAsync(); p.Dispose(); }
        }
        return heldByKilled;
    }

    Process StartWorker(PostgresTestDatabase db)
    {
        var psi = CaravanProcess.StartInfo(_dir.Path, "serve", "--role", "worker", "--db", db.ConnectionString);
        psi.Environment["CARAVAN_Fetching__AllowedHosts"] = "127.0.0.1";
        psi.Environment["CARAVAN_Fetching__MinDelayBetweenRequestsToHostMs"] = "0";
        psi.Environment["CARAVAN_Fetching__PerHostConcurrency"] = "2";
        psi.Environment["CARAVAN_Scheduling__GlobalConcurrency"] = "2";
        psi.Environment["CARAVAN_Scheduling__PollSeconds"] = "0.2";
        psi.Environment["CARAVAN_Scheduling__LeaseSeconds"] = LeaseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var p = Process.Start(psi)!;
        p.StandardInput.Close();
        p.BeginOutputReadLine(); // drained so a chatty worker never blocks on a full pipe
        p.BeginErrorReadLine();
        return p;
    }

    /// <summary>What must not depend on how many workers ran: (source, item key, content hash, version hashes), times and attempts aside.</summary>
    static async Task<List<string>> ContentAsync(PostgresTestDatabase db) => await db.RowsAsync("""
        SELECT s.feed_url, a.item_key, a.content_hash, a.version,
               (SELECT string_agg(v.content_hash, ',' ORDER BY v.version) FROM article_versions v WHERE v.article_id = a.id)
        FROM articles a JOIN sources s ON s.id = a.source_id
        ORDER BY 1, 2
        """);

    static void AssertSameRows(List<string> expected, List<string> actual, string what)
    {
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0 && expected.Count == actual.Count,
            $"{what} differ from the single-worker run ({expected.Count} vs {actual.Count} rows).\nsingle worker only:\n  {string.Join("\n  ", missing.Take(8))}\nfour workers only:\n  {string.Join("\n  ", extra.Take(8))}");
    }

    /// <summary>
    /// Each article's duplicate/syndication/version links, every article named by (source, item key) rather than
    /// by id, which depends on arrival order.
    /// </summary>
    static async Task<List<string>> LinksAsync(PostgresTestDatabase db) => await db.RowsAsync("""
        WITH named AS (SELECT a.id, s.feed_url || ' ' || a.item_key AS name FROM articles a JOIN sources s ON s.id = a.source_id)
        SELECT n.name, dup.name, syn.name, ver.name
        FROM articles a JOIN named n ON n.id = a.id
        LEFT JOIN named dup ON dup.id = a.duplicate_of_id
        LEFT JOIN named syn ON syn.id = a.syndicated_from_id
        LEFT JOIN named ver ON ver.id = a.version_of_id
        ORDER BY 1
        """);

    /// <summary>Each story as the sorted names of its reports: story ids depend on arrival order, the grouping must not.</summary>
    static async Task<List<string>> StoriesAsync(PostgresTestDatabase db) => await db.RowsAsync("""
        SELECT string_agg(s.feed_url || ' ' || a.item_key, ' | ' ORDER BY s.feed_url || ' ' || a.item_key)
        FROM articles a JOIN sources s ON s.id = a.source_id
        WHERE a.story_id IS NOT NULL
        GROUP BY a.story_id
        ORDER BY 1
        """);
}
