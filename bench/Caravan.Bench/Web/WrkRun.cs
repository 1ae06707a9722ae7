using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Caravan.Bench.Web;

/// <summary>One `wrk --latency` run against one URL, with a Lua script that also collects the server's own time (Server-Timing).</summary>
sealed record WrkResult(string Name, double RequestsPerSecond, double ClientP50Ms, double ClientP99Ms, double ServerP50Ms, double ServerP99Ms, int Non2xx, long Requests, int Timeouts)
{
    /// <summary>The server process's CPU time (user + system) per answered request, filled in by the caller.</summary>
    public double ServerCpuMsPerRequest { get; init; }

    const string Script = """
        durs = {}
        local n = 0
        local threads = {}
        function setup(thread) table.insert(threads, thread) end
        function response(status, headers, body)
          local st = headers["Server-Timing"]
          if st then
            local d = string.match(st, "dur=([%d%.]+)")
            if d then n = n + 1; durs[n] = tonumber(d) end
          end
        end
        function done(summary, latency, requests)
          local all = {}
          for _, t in ipairs(threads) do
            for _, v in ipairs(t:get("durs")) do all[#all + 1] = v end
          end
          table.sort(all)
          if #all > 0 then
            io.write(string.format("server_ms p50 %.3f p99 %.3f n %d\n", all[math.floor(#all * 0.50) + 1], all[math.floor(#all * 0.99) + 1], #all))
          end
        end
        """;

    /// <summary>Runs wrk with <paramref name="connections"/> connections on 2 threads for <paramref name="seconds"/>.</summary>
    public static async Task<WrkResult> RunAsync(string name, string url, int connections, int seconds, string? luaExtra = null)
    {
        var script = Path.Combine(Path.GetTempPath(), $"caravan-wrk-{Environment.ProcessId}-{Guid.NewGuid():N}.lua");
        await File.WriteAllTextAsync(script, (luaExtra ?? "") + "\n" + Script);
        try
        {
            var psi = new ProcessStartInfo("wrk", ["-t2", $"-c{connections}", $"-d{seconds}s", "--timeout", "10s", "--latency", "-s", script, url])
            { RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(psi) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk)");
            var output = await p.StandardOutput.ReadToEndAsync();
            await p.WaitForExitAsync();
            if (p.ExitCode != 0) throw new InvalidOperationException("wrk failed: " + await p.StandardError.ReadToEndAsync());
            return new WrkResult(name,
                Number(output, @"Requests/sec:\s+([\d.]+)"),
                Duration(output, @"\n\s+50%\s+([\d.]+)(us|ms|s)"), Duration(output, @"\n\s+99%\s+([\d.]+)(us|ms|s)"),
                Number(output, @"server_ms p50 ([\d.]+)"), Number(output, @"server_ms p50 [\d.]+ p99 ([\d.]+)"),
                (int)Number(output, @"Non-2xx or 3xx responses: (\d+)", 0),
                (long)Number(output, @"(\d+) requests in"), (int)Number(output, @"timeout (\d+)", 0));
        }
        finally { File.Delete(script); }
    }

    static double Number(string output, string pattern, double? missing = null)
    {
        var m = Regex.Match(output, pattern);
        if (m.Success) return double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return missing ?? throw new InvalidOperationException($"wrk output lacks /{pattern}/:\n{output}");
    }

    static double Duration(string output, string pattern)
    {
        var m = Regex.Match(output, pattern);
        if (!m.Success) throw new InvalidOperationException($"wrk output lacks /{pattern}/:\n{output}");
        var v = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => v / 1000, "s" => v * 1000, _ => v };
    }
}
