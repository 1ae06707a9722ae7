using System.Diagnostics;
using System.Text.Json;
using Caravan.Cli.TestSupport;
using Microsoft.Data.Sqlite;

namespace Caravan.Cli.Storage;

/// <summary>
/// Kills a real ingest (SIGKILL) at many moments and checks that the store is always consistent:
/// SQLite's own integrity check, the full-text index, and every article with its history and the
/// fetch attempt that brought it, since each batch is one transaction.
/// </summary>
public sealed class CrashConsistencyTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task KilledMidIngest_StoreStaysConsistent_AndFinishingLaterGivesTheCleanRunsCounts()
    {
        var db = _dir.File("crash.db");
        int[] killAfterMs = [150, 400, 650, 900, 1200, 1600, 2000];
        var killedMidway = 0;
        foreach (var ms in killAfterMs)
        {
            using var p = Process.Start(CaravanProcess.StartInfo(_dir.Path, "demo", "--no-serve", "--json", "--origin-port", "0",
                "--origin-latency-ms", "15", "--db", db))!;
            p.StandardInput.Close();
            var exited = p.WaitForExit(ms);
            if (!exited)
            {
                p.Kill(entireProcessTree: true);
                killedMidway++;
            }
            await p.WaitForExitAsync();
            AssertConsistent(db);
        }
        Assert.True(killedMidway >= 3, $"only {killedMidway} runs were killed before finishing: the test did not test much");

        var finished = await CaravanProcess.RunAsync(_dir.Path, "demo", "--no-serve", "--json", "--origin-port", "0", "--db", db);
        Assert.Equal(0, finished.ExitCode);
        var clean = await CaravanProcess.RunAsync(_dir.Path, "demo", "--no-serve", "--json", "--origin-port", "0", "--db", _dir.File("clean.db"));
        var a = JsonDocument.Parse(finished.Stdout).RootElement;
        var b = JsonDocument.Parse(clean.Stdout).RootElement;
        foreach (var name in new[] { "sources", "articles", "versions" })
            Assert.Equal(b.GetProperty(name).GetInt32(), a.GetProperty(name).GetInt32());
        AssertConsistent(db);
    }

    static void AssertConsistent(string db)
    {
        if (!File.Exists(db)) return;
        using var c = new SqliteConnection($"Data Source={db};Pooling=False");
        c.Open();
        Assert.Equal("ok", Scalar(c, "PRAGMA integrity_check"));
        Assert.Equal(0L, Scalar(c, "PRAGMA foreign_key_check") is null ? 0L : 1L);
        if (Scalar(c, "SELECT name FROM sqlite_master WHERE name = 'articles_fts'") is null) return;
        // FTS5 checks its index against the content table; it throws if they disagree.
        using (var check = c.CreateCommand())
        {
            check.CommandText = "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')";
            check.ExecuteNonQuery();
        }
        Assert.Equal(0L, Scalar(c, "SELECT COUNT(*) FROM articles a WHERE (SELECT COUNT(*) FROM article_versions v WHERE v.article_id = a.id) != a.version"));
        Assert.Equal(0L, Scalar(c, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM fetch_attempts f WHERE f.source_id = a.source_id)"));
        Assert.Equal(0L, Scalar(c, "SELECT COUNT(*) FROM (SELECT source_id, item_key FROM articles GROUP BY 1, 2 HAVING COUNT(*) > 1)"));
    }

    static object? Scalar(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
