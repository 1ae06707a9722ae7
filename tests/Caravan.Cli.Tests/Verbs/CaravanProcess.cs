using System.Diagnostics;

namespace Caravan.Cli.Verbs;

/// <summary>Runs the built `caravan` (copied beside the tests) as a real process and captures its output.</summary>
internal static class CaravanProcess
{
    public sealed record Output(int ExitCode, string StdOut, string StdErr);

    public static async Task<Output> RunAsync(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "caravan.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Output(process.ExitCode, await stdout, await stderr);
    }
}
