using System.Text.Json;
using Caravan.Cli.TestSupport;

namespace Caravan.Cli.Verbs;

public sealed class StatsVerbTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Json_OnEmptyStore_IsOneObjectOfIntegersAndNothingElse()
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "stats", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        var root = doc.RootElement;
        foreach (var name in new[] { "sources", "articles", "versions", "stories", "failingSources" })
            Assert.Equal(0, root.GetProperty(name).GetInt32());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("tags").ValueKind);
        Assert.True(File.Exists(_dir.File("caravan.db")), "the default store is caravan.db in the working folder");
    }

    [Fact]
    public async Task Table_NamesEveryCount()
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "stats", "--db", _dir.File("s.db"));
        Assert.Equal(0, run.ExitCode);
        foreach (var word in new[] { "sources", "articles", "versions", "stories" })
            Assert.Contains(word, run.Stdout);
    }
}
