using Caravan.Cli.TestSupport;

namespace Caravan.Cli.Verbs;

public sealed class SearchVerbTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("0")]
    [InlineData("201")]
    public async Task Limit_OutOfRange_IsRefused(string limit)
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "search", "gas", "--limit", limit);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--limit must be between 1 and 200", run.Stderr);
    }

    [Fact]
    public async Task EmptyStore_JsonIsAnEmptyArray()
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "search", "gas prices", "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("[]", run.Stdout.Trim());
    }

    [Fact]
    public async Task EngineSyntax_IsNotAnError()
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "search", "\"unbalanced AND ( *", "--json");
        Assert.Equal(0, run.ExitCode);
    }
}
