using System.Text.Json;
using Caravan.Cli.TestSupport;

namespace Caravan.Cli.Verbs;

public sealed class SourcesVerbTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task AddListRemove_RoundTrip()
    {
        var add = await CaravanProcess.RunAsync(_dir.Path, "sources", "add", "https://outlet.example/feed.xml", "--name", "Outlet", "--country", "kz", "--no-discover", "--json");
        Assert.Equal(0, add.ExitCode);
        var id = JsonDocument.Parse(add.Stdout).RootElement.GetProperty("id").GetInt64();

        var again = await CaravanProcess.RunAsync(_dir.Path, "sources", "add", "https://outlet.example/feed.xml", "--no-discover", "--json");
        Assert.False(JsonDocument.Parse(again.Stdout).RootElement.GetProperty("added").GetBoolean());

        var list = await CaravanProcess.RunAsync(_dir.Path, "sources", "list", "--json");
        var item = Assert.Single(JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray());
        Assert.Equal(("Outlet", "KZ", "new"), (item.GetProperty("name").GetString(), item.GetProperty("country").GetString(), item.GetProperty("health").GetString()));

        var remove = await CaravanProcess.RunAsync(_dir.Path, "sources", "remove", id.ToString());
        Assert.Equal(0, remove.ExitCode);
        var empty = await CaravanProcess.RunAsync(_dir.Path, "sources", "list", "--json");
        Assert.Empty(JsonDocument.Parse(empty.Stdout).RootElement.EnumerateArray());
    }

    [Theory]
    [InlineData("not a url", "is not an http(s) URL")]
    [InlineData("ftp://outlet.example/feed", "is not an http(s) URL")]
    [InlineData("file:///etc/passwd", "is not an http(s) URL")]
    public async Task Add_BadUrl_IsRefused(string url, string message)
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "sources", "add", url);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Stderr);
    }

    [Fact]
    public async Task Add_BadCountry_IsRefused()
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "sources", "add", "https://a.example/feed", "--country", "Kazakhstan");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("two-letter", run.Stderr);
    }

    [Fact]
    public async Task Add_SiteUrl_DiscoversItsFeedOverHttp()
    {
        await using var origin = await Caravan.Web.Demo.SampleOrigin.StartAsync(new() { SamplesPath = Path.Combine(AppContext.BaseDirectory, "samples"), PreferredPort = 0 }, default);
        var env = new Dictionary<string, string> { ["CARAVAN_Fetching__AllowedHosts"] = "127.0.0.1" };
        var run = await CaravanProcess.RunAsync(_dir.Path, env, "sources", "add", origin.BaseUrl + "/steppe-herald/", "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(origin.BaseUrl + "/steppe-herald/feed.xml", JsonDocument.Parse(run.Stdout).RootElement.GetProperty("feedUrl").GetString());
    }

    [Fact]
    public async Task Add_LoopbackWithoutAllowList_IsRefusedBeforeConnecting()
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "sources", "add", "http://127.0.0.1:9/feed.xml");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no feed found", run.Stderr);
        Assert.Contains("--no-discover", run.Stderr);
    }

    [Fact]
    public async Task Remove_Unknown_FailsClearly()
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "sources", "remove", "999");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("caravan: there is no source 999", run.Stderr.Trim());
    }

    [Fact]
    public async Task Remove_NotANumber_IsAUsageError()
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "sources", "remove", "abc");
        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Stderr);
    }
}
