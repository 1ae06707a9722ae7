using System.Text.Json;
using Caravan.Cli.TestSupport;

namespace Caravan.Cli.Verbs;

public sealed class OpmlVerbTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    const string Subscriptions = """
        <?xml version="1.0" encoding="UTF-8"?>
        <opml version="2.0">
          <head><title>Desk</title></head>
          <body>
            <outline text="Kazakhstan">
              <outline type="rss" text="Steppe Herald" xmlUrl="https://steppe.example/feed.xml" htmlUrl="https://steppe.example/"/>
              <outline type="rss" text="Новости степи" xmlUrl="https://novosti.example/rss"/>
            </outline>
            <outline type="rss" title="Bishkek Observer" text="ignored" xmlUrl="https://bishkek.example/atom.xml"/>
            <outline type="rss" text="Broken" xmlUrl="javascript:alert(1)"/>
          </body>
        </opml>
        """;

    [Fact]
    public async Task Import_AddsEveryFeed_SkipsBadOnesWithAWarning()
    {
        await File.WriteAllTextAsync(_dir.File("subs.opml"), Subscriptions);
        var run = await CaravanProcess.RunAsync(_dir.Path, "opml", "import", "subs.opml", "--json");
        Assert.Equal(0, run.ExitCode);
        var r = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal((3, 3, 1), (r.GetProperty("outlines").GetInt32(), r.GetProperty("added").GetInt32(), r.GetProperty("skipped").GetInt32()));
        Assert.Contains("javascript:alert(1)", run.Stderr);
    }

    [Fact]
    public async Task ExportThenImport_IntoAnotherStore_GivesTheSameSources()
    {
        await File.WriteAllTextAsync(_dir.File("subs.opml"), Subscriptions);
        await CaravanProcess.RunAsync(_dir.Path, "opml", "import", "subs.opml", "--db", "a.db");
        await CaravanProcess.RunAsync(_dir.Path, "sources", "add", "https://tashkent.example/feed.json", "--no-discover", "--name", "Tashkent Times", "--country", "UZ", "--language", "en", "--db", "a.db");
        var export = await CaravanProcess.RunAsync(_dir.Path, "opml", "export", "out.opml", "--db", "a.db");
        Assert.Equal(0, export.ExitCode);
        var import = await CaravanProcess.RunAsync(_dir.Path, "opml", "import", "out.opml", "--db", "b.db");
        Assert.Equal(0, import.ExitCode);

        var a = await ListAsync("a.db");
        var b = await ListAsync("b.db");
        Assert.Equal(4, a.Count);
        Assert.Equal(a, b);
    }

    [Fact]
    public async Task Export_ToStdout_IsOpml()
    {
        await CaravanProcess.RunAsync(_dir.Path, "sources", "add", "https://a.example/feed", "--no-discover", "--name", "A & B <Outlet>");
        var run = await CaravanProcess.RunAsync(_dir.Path, "opml", "export");
        Assert.Equal(0, run.ExitCode);
        var doc = System.Xml.Linq.XDocument.Parse(run.Stdout);
        Assert.Equal("A & B <Outlet>", doc.Descendants("outline").Single().Attribute("title")!.Value);
    }

    [Theory]
    [InlineData("missing.opml", null, "no such file")]
    [InlineData("bad.opml", "<opml><body><outline", "not a valid OPML file")]
    [InlineData("html.opml", "<html><body/></html>", "not an OPML file")]
    public async Task Import_BadFile_FailsClearly(string name, string? content, string message)
    {
        if (content is not null) await File.WriteAllTextAsync(_dir.File(name), content);
        var run = await CaravanProcess.RunAsync(_dir.Path, "opml", "import", name);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    async Task<List<string>> ListAsync(string db)
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "sources", "list", "--json", "--db", db);
        return JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray()
            .Select(s => string.Join("|", s.GetProperty("name"), s.GetProperty("feedUrl"), s.GetProperty("siteUrl"), s.GetProperty("country"), s.GetProperty("language"), s.GetProperty("kind")))
            .Order().ToList();
    }
}
