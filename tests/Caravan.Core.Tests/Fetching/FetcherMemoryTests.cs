using System.Diagnostics;
using Microsoft.AspNetCore.Builder;

namespace Caravan.Fetching;

/// <summary>
/// An endless body and a gzip bomb, fetched with the default 15 MB limit in a child process
/// (Caravan.FetchProbe), whose peak working set must stay under 200 MB.
/// </summary>
public sealed class FetcherMemoryTests
{
    private const long PeakLimitBytes = 200L * 1024 * 1024;

    [Fact]
    public async Task Fetch_EndlessBodyAndGzipBomb_InAChildProcess_StayUnder200MB()
    {
        await using var origin = await TestOrigin.StartAsync(app =>
        {
            app.MapGet("/endless", EndlessBody.Plain);
            app.MapGet("/bomb", EndlessBody.GzipBomb);
        });

        var lines = await RunProbe(origin.Url("/endless"), origin.Url("/bomb"), origin.Url("/endless"), origin.Url("/bomb"));

        Assert.Equal(["too-large 0", "too-large 0", "too-large 0", "too-large 0"], lines[..4]);
        var peak = long.Parse(lines[4].Split(' ')[1]);
        Assert.InRange(peak, 1, PeakLimitBytes);
    }

    private static async Task<string[]> RunProbe(params Uri[] urls)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "Caravan.FetchProbe.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(probe);
        foreach (var url in urls) start.ArgumentList.Add(url.AbsoluteUri);
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        Assert.True(process.ExitCode == 0, await error);
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
