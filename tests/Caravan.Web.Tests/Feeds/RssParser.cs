using System.Diagnostics;
using System.Text.Json;

namespace Caravan.Web.Feeds;

/// <summary>
/// npm rss-parser (3.13.0, installed by .ci/run with `npm ci` in tests/peers) as a second judge of our RSS and Atom,
/// beside Python's feedparser. It runs under the system's `node`.
/// </summary>
static class RssParser
{
    public sealed record Result(string Error, string Title, string[] Titles, string[] Links, string[] Authors);

    static readonly string Peers = FindPeers();

    public static async Task<Result> ParseAsync(byte[] body)
    {
        var script = Path.Combine(Peers, "rss_parser_check.mjs");
        Assert.True(Directory.Exists(Path.Combine(Peers, "node_modules", "rss-parser")),
            $"npm rss-parser is not installed: run `npm ci` in {Peers} (.ci/run does)");
        var start = new ProcessStartInfo("node", [script])
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Peers,
        };
        using var p = Process.Start(start)!;
        await p.StandardInput.BaseStream.WriteAsync(body);
        p.StandardInput.Close();
        var stdout = await p.StandardOutput.ReadToEndAsync();
        var stderr = await p.StandardError.ReadToEndAsync();
        await p.WaitForExitAsync();
        Assert.True(p.ExitCode == 0, "rss-parser failed: " + stderr);
        return JsonSerializer.Deserialize<Result>(stdout, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    /// <summary>tests/peers in the repository this test was built from (the build output sits below it).</summary>
    static string FindPeers()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Caravan.slnx")))
                return Path.Combine(dir.FullName, "tests", "peers");
        throw new DirectoryNotFoundException("no Caravan.slnx above " + AppContext.BaseDirectory);
    }
}
