using System.Diagnostics;
using System.Globalization;

namespace Caravan.Bench.Storage;

/// <summary>One `caravan serve --role worker` child process, configured for a loopback origin.</summary>
sealed class WorkerProcess : IAsyncDisposable
{
    readonly Process _process;
    readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    WorkerProcess(Process process) => _process = process;

    /// <summary>Completes once the worker has opened (and migrated) the store and starts claiming sources.</summary>
    public Task Ready => _ready.Task;

    /// <summary>CPU time the worker has used so far (start-up included).</summary>
    public TimeSpan CpuTime { get { _process.Refresh(); return _process.TotalProcessorTime; } }

    public static WorkerProcess Start(string caravanDll, string db, int concurrency)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false,
        };
        foreach (var a in new[] { caravanDll, "serve", "--role", "worker", "--db", db }) psi.ArgumentList.Add(a);
        var slots = concurrency.ToString(CultureInfo.InvariantCulture);
        psi.Environment["CARAVAN_Fetching__AllowedHosts"] = "127.0.0.1";
        psi.Environment["CARAVAN_Fetching__MinDelayBetweenRequestsToHostMs"] = "0";
        // Every outlet lives on the one loopback origin: without this the per-host limit, not the worker, is measured.
        psi.Environment["CARAVAN_Fetching__PerHostConcurrency"] = slots;
        psi.Environment["CARAVAN_Scheduling__GlobalConcurrency"] = slots;
        psi.Environment["CARAVAN_Scheduling__PollSeconds"] = "0.2";
        psi.Environment["CARAVAN_Scheduling__LeaseSeconds"] = "120";
        var worker = new WorkerProcess(Process.Start(psi)!);
        worker._process.StandardInput.Close();
        worker._process.OutputDataReceived += (_, _) => { };
        worker._process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) worker._ready.TrySetException(new InvalidOperationException("a worker exited before it was ready"));
            else if (e.Data.Contains("is fetching due sources", StringComparison.Ordinal)) worker._ready.TrySetResult();
            else if (e.Data.Contains("error", StringComparison.OrdinalIgnoreCase)) Console.Error.WriteLine($"  worker: {e.Data}");
        };
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        return worker;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
