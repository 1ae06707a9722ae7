using System.CommandLine;
using System.Text.Json;

namespace Caravan.Cli;

public sealed class ExtractVerbTests : IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("caravan-extract-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    static async Task<int> RunAsync(params string[] args)
    {
        var root = new RootCommand { ExtractVerb.Create() };
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
    }

    const string Page = """
        <html lang="en"><head><title>Floods recede in Aktobe | Steppe Herald</title><meta property="og:title" content="Floods recede in Aktobe"></head>
        <body><nav><a href="/">Home</a><a href="/news">News</a></nav><article>
        <p>AKTOBE, Kazakhstan — Some 22,700 people who fled their homes to escape floodwaters have returned, the government said on Monday.</p>
        <p>The flood situation has stabilized in some hard-hit places, although the threat remains in the north of the country.</p>
        </article></body></html>
        """;

    [Fact]
    public async Task List_OneBadLineAmongGood_WritesErrorLineAndGoesOn()
    {
        File.WriteAllText(Path.Combine(_dir, "a.html"), Page);
        var input = Path.Combine(_dir, "in.jsonl");
        var output = Path.Combine(_dir, "out.jsonl");
        File.WriteAllLines(input,
        [
            """{"id": 1, "path": "a.html", "url": "https://steppeherald.example/a"}""",
            """{"id": 2, "path": "missing.html", "url": null}""",
            "this is not json",
            """{"id": "four", "path": "a.html", "url": null}""",
        ]);

        var code = await RunAsync("extract", "--list", input, "--out", output);

        Assert.Equal(0, code);
        var lines = File.ReadAllLines(output).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(4, lines.Length);
        Assert.Equal(1, lines[0].GetProperty("id").GetInt32());
        Assert.Equal("Floods recede in Aktobe", lines[0].GetProperty("title").GetString());
        Assert.Equal("AKTOBE, Kazakhstan", lines[0].GetProperty("dateline").GetString());
        Assert.StartsWith("AKTOBE, Kazakhstan — Some 22,700", lines[0].GetProperty("text").GetString());
        Assert.Equal(2, lines[1].GetProperty("id").GetInt32());
        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.True(lines[2].TryGetProperty("error", out _));
        Assert.Equal("four", lines[3].GetProperty("id").GetString());
        Assert.False(lines[3].TryGetProperty("error", out _));
    }

    [Fact]
    public async Task List_ThousandsOfPages_AllProcessedInOneRun()
    {
        File.WriteAllText(Path.Combine(_dir, "a.html"), Page);
        var input = Path.Combine(_dir, "in.jsonl");
        var output = Path.Combine(_dir, "out.jsonl");
        File.WriteAllLines(input, Enumerable.Range(0, 2000).Select(i => $$"""{"id": {{i}}, "path": "a.html", "url": null}"""));

        await RunAsync("extract", "--list", input, "--out", output);

        var lines = File.ReadAllLines(output);
        Assert.Equal(2000, lines.Length);
        Assert.All(lines, l => Assert.Contains("\"text\":\"AKTOBE", l));
    }

    [Fact]
    public async Task File_Missing_IsUserError()
    {
        var error = await Assert.ThrowsAsync<UserError>(() => RunAsync("extract", Path.Combine(_dir, "nope.html")));

        Assert.Contains("file not found", error.Message);
    }

    [Fact]
    public async Task Url_NotHttp_IsUserError()
    {
        File.WriteAllText(Path.Combine(_dir, "a.html"), Page);

        await Assert.ThrowsAsync<UserError>(() => RunAsync("extract", Path.Combine(_dir, "a.html"), "--url", "javascript:alert(1)"));
    }
}
