using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Caravan.Cli.TestSupport;

namespace Caravan.Cli.Verbs;

public sealed class DemoVerbTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [PostgresFact]
    public async Task NoServe_OnPostgres_ReportsTheDatabaseSize()
    {
        await using var pg = await PostgresTestDatabase.CreateAsync();
        var run = await CaravanProcess.RunAsync(_dir.Path, "demo", "--no-serve", "--json", "--origin-port", "0", "--db", pg.ConnectionString);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var a = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.True(a.GetProperty("articles").GetInt32() >= 150);
        // pg_database_size: an empty PostgreSQL database alone is several MB, so anything smaller is not the real size.
        Assert.True(a.GetProperty("dbBytes").GetInt64() > 1_000_000, a.GetProperty("dbBytes").ToString());
    }

    [Fact]
    public async Task NoServe_IngestsTheArchive_AndTwoRunsGiveTheSameCounts()
    {
        var first = await CaravanProcess.RunAsync(_dir.Path, "demo", "--no-serve", "--json", "--origin-port", "0");
        Assert.True(first.ExitCode == 0, first.Stderr);
        var a = JsonDocument.Parse(first.Stdout).RootElement;
        Assert.True(a.GetProperty("sources").GetInt32() >= 8);
        Assert.True(a.GetProperty("articles").GetInt32() >= 150);
        Assert.Equal(1, a.GetProperty("versions").GetInt32());
        Assert.Equal(0, a.GetProperty("failedFetches").GetInt32());
        Assert.True(a.GetProperty("dbBytes").GetInt64() > 100_000, "the database size");
        foreach (var country in new[] { "KZ", "KG", "TJ", "TM", "UZ" })
            Assert.True(a.GetProperty("countries").GetProperty(country).GetInt32() > 0, country);

        var second = await CaravanProcess.RunAsync(_dir.Path, "demo", "--no-serve", "--json", "--origin-port", "0");
        var b = JsonDocument.Parse(second.Stdout).RootElement;
        foreach (var name in new[] { "sources", "articles", "versions", "stories" })
            Assert.Equal(a.GetProperty(name).GetInt32(), b.GetProperty(name).GetInt32());
        Assert.Equal(a.GetProperty("countries").ToString(), b.GetProperty("countries").ToString());
    }

    [Fact]
    public async Task NoServe_PrintsASummaryTable()
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "demo", "--no-serve", "--origin-port", "0", "--db", "d.db");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"sources\s*│\s*10", run.Stdout);
        Assert.Contains("Kazakhstan", run.Stdout);
        Assert.Contains("ingested in", run.Stdout);
    }

    [Fact]
    public async Task Serve_ShowsCategoryPagesWithTitlesAndDates()
    {
        using var p = Process.Start(CaravanProcess.StartInfo(_dir.Path, "demo", "--port", "0", "--origin-port", "0"))!;
        try
        {
            string? url = null;
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            while (url is null)
            {
                var line = await p.StandardOutput.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("demo exited: " + await p.StandardError.ReadToEndAsync());
                var m = Regex.Match(line, @"serving at (http://\S+?)/? ");
                if (m.Success) url = m.Groups[1].Value;
            }
            using var http = new HttpClient { BaseAddress = new Uri(url) };
            var html = await http.GetStringAsync("/category/kazakhstan");
            var articles = Regex.Matches(html, "<article>(.*?)</article>", RegexOptions.Singleline);
            Assert.True(articles.Count >= 10);
            Assert.All(articles, a => Assert.Matches("<h2><a href=\"/article/\\d+\">[^<(]+", a.Value));
            Assert.All(articles, a => Assert.Matches("<time datetime=\"2026-1\\d-\\d\\dT", a.Value));
            var home = await http.GetAsync("/");
            Assert.Equal(System.Net.HttpStatusCode.OK, home.StatusCode);
        }
        finally
        {
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();
        }
    }
    [Fact]
    public async Task Serve_WithJson_KeepsStdoutOneJsonDocument_AndSaysWhereItServesOnStderr()
    {
        using var p = Process.Start(CaravanProcess.StartInfo(_dir.Path, "demo", "--json", "--port", "0", "--origin-port", "0"))!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            string? line;
            do line = await p.StandardError.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("demo exited before serving");
            while (!line.Contains("serving at http://127.0.0.1:", StringComparison.Ordinal));
            p.Kill(entireProcessTree: true);
            var stdout = await p.StandardOutput.ReadToEndAsync(timeout.Token);
            var summary = JsonDocument.Parse(stdout).RootElement;
            Assert.Equal(166, summary.GetProperty("articles").GetInt32());
            Assert.DoesNotContain("serving at", stdout, StringComparison.Ordinal);
        }
        finally
        {
            if (!p.HasExited) p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();
        }
    }
}
