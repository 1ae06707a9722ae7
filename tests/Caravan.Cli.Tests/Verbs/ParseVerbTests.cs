using Caravan.Cli.TestSupport;
using System.Text.Json;

namespace Caravan.Cli.Verbs;

public sealed class ParseVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("caravan-parse-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private const string Rss = """
        <rss version="2.0"><channel><title>T</title><link>/home</link>
        <item><title>A</title><link>a</link><guid>g1</guid><pubDate>Mon, 05 May 2003 10:00:00 +0300</pubDate></item>
        </channel></rss>
        """;

    [Fact]
    public async Task Parse_OneFileWithJson_PrintsOneObjectInTheIssueShape()
    {
        var file = Write("feed.xml", Rss);
        var output = await CaravanProcess.RunAsync(Path.GetTempPath(), "parse", file, "--json", "--url", "https://news.example/feed");
        Assert.Equal(0, output.ExitCode);
        using var json = JsonDocument.Parse(output.Stdout);
        var root = json.RootElement;
        Assert.Equal("rss20", root.GetProperty("format").GetString());
        Assert.Equal("https://news.example/home", root.GetProperty("link").GetString());
        var item = root.GetProperty("items")[0];
        Assert.Equal("g1", item.GetProperty("id").GetString());
        Assert.Equal("https://news.example/a", item.GetProperty("link").GetString());
        Assert.Equal("2003-05-05T07:00:00Z", item.GetProperty("published").GetString());
        Assert.Equal("id:g1", item.GetProperty("key").GetString());
        Assert.Equal(JsonValueKind.Array, item.GetProperty("enclosures").ValueKind);
    }

    [Fact]
    public async Task Parse_SeveralFilesOneMissing_PrintsOneElementPerFileAndExitsOne()
    {
        var good = Write("good.xml", Rss);
        var html = Write("page.html", """<html><head><link rel="alternate" type="application/atom+xml" href="https://x.example/atom"></head></html>""");
        var missing = Path.Combine(_folder, "missing.xml");
        var output = await CaravanProcess.RunAsync(Path.GetTempPath(), "parse", good, missing, html, "--json");
        Assert.Equal(1, output.ExitCode);
        using var json = JsonDocument.Parse(output.Stdout);
        var array = json.RootElement;
        Assert.Equal(3, array.GetArrayLength());
        Assert.Equal("rss20", array[0].GetProperty("format").GetString());
        Assert.Equal(missing, array[1].GetProperty("file").GetString());
        Assert.False(string.IsNullOrEmpty(array[1].GetProperty("error").GetString()));
        Assert.Equal("html", array[2].GetProperty("format").GetString());
        Assert.Equal("https://x.example/atom", array[2].GetProperty("feedLinks")[0].GetString());
    }

    [Fact]
    public async Task Parse_BadUrl_GivesOneLineErrorAndNonZeroExit()
    {
        var file = Write("feed.xml", Rss);
        var output = await CaravanProcess.RunAsync(Path.GetTempPath(), "parse", file, "--json", "--url", "not a url");
        Assert.NotEqual(0, output.ExitCode);
        Assert.Equal("", output.Stdout);
        Assert.Single(output.Stderr.Trim().Split('\n'));
        Assert.DoesNotContain(" at ", output.Stderr);
    }

    [Fact]
    public async Task Parse_WithoutJson_PrintsReadableSummary()
    {
        var file = Write("feed.xml", Rss);
        var output = await CaravanProcess.RunAsync(Path.GetTempPath(), "parse", file);
        Assert.Equal(0, output.ExitCode);
        Assert.Contains("rss20, 1 item(s)", output.Stdout);
        Assert.Contains("A", output.Stdout);
    }
}
