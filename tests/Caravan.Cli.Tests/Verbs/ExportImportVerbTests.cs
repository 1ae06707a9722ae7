using System.Text.Json;
using Caravan.Cli.TestSupport;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan export`/`import` move the demo store SQLite → PostgreSQL → SQLite with nothing lost.</summary>
public sealed class ExportImportVerbTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [PostgresFact]
    public async Task DemoStore_ToPostgresAndBack_KeepsEveryCountAndSearch()
    {
        await using var pg = await PostgresTestDatabase.CreateAsync();
        var demo = await CaravanProcess.RunAsync(_dir.Path, "demo", "--no-serve", "--json", "--origin-port", "0", "--db", _dir.File("a.db"));
        Assert.Equal(0, demo.ExitCode);

        var export = await CaravanProcess.RunAsync(_dir.Path, "export", "--db", _dir.File("a.db"), "--to", pg.ConnectionString, "--json");
        Assert.True(export.ExitCode == 0, export.Stderr);
        var import = await CaravanProcess.RunAsync(_dir.Path, "import", "--db", _dir.File("b.db"), "--from", pg.ConnectionString, "--json");
        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.Equal(JsonDocument.Parse(export.Stdout).RootElement.GetProperty("articles").GetInt32(), JsonDocument.Parse(import.Stdout).RootElement.GetProperty("articles").GetInt32());

        var stats = new List<string>();
        foreach (var db in new[] { _dir.File("a.db"), pg.ConnectionString, _dir.File("b.db") })
        {
            var s = await CaravanProcess.RunAsync(_dir.Path, "stats", "--db", db, "--json");
            Assert.Equal(0, s.ExitCode);
            stats.Add(s.Stdout);
            var hits = await CaravanProcess.RunAsync(_dir.Path, "search", "--db", db, "--json", "Токаев");
            Assert.Contains("Токаев", hits.Stdout);
        }
        Assert.Equal(stats[0], stats[1]);
        Assert.Equal(stats[0], stats[2]);
        Assert.True(JsonDocument.Parse(stats[0]).RootElement.GetProperty("articles").GetInt32() > 100);

        var again = await CaravanProcess.RunAsync(_dir.Path, "import", "--db", _dir.File("b.db"), "--from", pg.ConnectionString);
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("not empty", again.Stderr);
    }
}
