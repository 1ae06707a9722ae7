using Caravan.Cli.TestSupport;

namespace Caravan.Cli;

public sealed class CliRunnerTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("--help")]
    [InlineData("demo", "--help")]
    [InlineData("stats", "--help")]
    [InlineData("sources", "add", "--help")]
    [InlineData("opml", "export", "--help")]
    [InlineData("search", "--help")]
    [InlineData("fetch", "--help")]
    [InlineData("serve", "--help")]
    public async Task Help_ExitsZero(params string[] args)
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, args);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Stdout);
    }

    [Fact]
    public async Task UnknownVerb_FailsWithAShortMessage()
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "frobnicate");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("frobnicate", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public async Task StoreThatCannotBeOpened_IsOneLineNoStackTrace()
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "stats", "--db", _dir.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("caravan: cannot open the store", run.Stderr);
        Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task PostgresServerThatIsNotThere_IsOneLineNoStackTrace()
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "stats", "--db", "Host=127.0.0.1;Port=9;Database=caravan;Timeout=3");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("caravan: cannot open the store", run.Stderr);
        Assert.Single(run.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task MalformedConnectionString_IsOneLine()
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "stats", "--db", "Host=127.0.0.1;Bogus Keyword=1");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("caravan: cannot open the store", run.Stderr);
    }
}
