using System.Diagnostics;
using System.Runtime;
using Caravan.Extraction;

namespace Caravan.Bench.Extraction;

/// <summary>Where an extraction's time goes: CPU time per phase (decode, parse, metadata, strip, score, clean, text,
/// sanitize), per-page CPU percentiles, allocation and GC, on one thread over the Zyte pages.</summary>
internal static class PhaseBench
{
    public static int Run(string[] args)
    {
        var dir = Corpus.RequireDirectory(args, "extraction-phases <zyte-article-extraction-benchmark dir> [--rounds N]");
        var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(int.Parse).FirstOrDefault(3);
        var pages = Directory.GetFiles(Path.Combine(dir, "html"), "*.html.gz").Order().Select(Corpus.ReadGz).ToArray();
        Console.WriteLine($"runtime: server GC {GCSettings.IsServerGC}, latency mode {GCSettings.LatencyMode} (Interactive: concurrent GC on, Batch: off), TieredPGO {Environment.GetEnvironmentVariable("DOTNET_TieredPGO") ?? "default"}, "
            + $"DOTNET_GCgen0size {Environment.GetEnvironmentVariable("DOTNET_GCgen0size") ?? "default"}");

        for (var warm = 0; warm < 2; warm++)
            foreach (var page in pages)
                ArticleExtractor.Extract(page, null, "text/html; charset=utf-8");

        // Reading the thread CPU clock is a system call (tens of microseconds here under load), so rounds alternate:
        // even rounds time the phases, odd rounds time only whole pages (two clock reads per page).
        var clock = new PhaseClock(ThreadCpuClock.Nanoseconds);
        var phasedPages = 0;
        var cpu = new List<double>();
        var wall = new List<double>();
        var gcPause = GC.GetTotalPauseDuration();
        var gcCounts = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var processCpu = Process.GetCurrentProcess().TotalProcessorTime;
        for (var round = 0; round < 2 * rounds; round++)
        {
            var phased = round % 2 == 0;
            ArticleExtractor.Phases = phased ? clock : null;
            foreach (var page in pages)
            {
                if (phased)
                {
                    ArticleExtractor.Extract(page, null, "text/html; charset=utf-8");
                    phasedPages++;
                    continue;
                }
                var cpuStart = ThreadCpuClock.Nanoseconds();
                var wallStart = Stopwatch.GetTimestamp();
                ArticleExtractor.Extract(page, null, "text/html; charset=utf-8");
                wall.Add(Stopwatch.GetElapsedTime(wallStart).TotalMilliseconds);
                cpu.Add((ThreadCpuClock.Nanoseconds() - cpuStart) / 1e6);
            }
        }
        ArticleExtractor.Phases = null;
        var n = phasedPages;
        var processCpuMs = (Process.GetCurrentProcess().TotalProcessorTime - processCpu).TotalMilliseconds;
        var pauseMs = (GC.GetTotalPauseDuration() - gcPause).TotalMilliseconds;
        var allocatedMb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1e6;

        var total = clock.Spent.Sum();
        Console.WriteLine($"{"phase",-10} {"CPU ms/page",12} {"share",7} {"runs/page",10}");
        foreach (var phase in Enum.GetValues<ExtractionPhase>())
        {
            var ns = clock.Spent[(int)phase];
            Console.WriteLine($"{phase,-10} {ns / 1e6 / n,12:F3} {100.0 * ns / total,6:F1}% {(double)clock.Runs[(int)phase] / n,10:F2}");
        }
        Console.WriteLine($"{"all",-10} {total / 1e6 / n,12:F3}");
        var sortedCpu = cpu.Order().ToArray();
        var sortedWall = wall.Order().ToArray();
        Console.WriteLine($"thread CPU per page: p50 {Percentile(sortedCpu, 0.5):F2} ms  p90 {Percentile(sortedCpu, 0.9):F2} ms  p99 {Percentile(sortedCpu, 0.99):F2} ms  mean {cpu.Average():F2} ms  (n={cpu.Count}, rounds without phase timing)");
        Console.WriteLine($"wall per page:       p50 {Percentile(sortedWall, 0.5):F2} ms  p90 {Percentile(sortedWall, 0.9):F2} ms  p99 {Percentile(sortedWall, 0.99):F2} ms  mean {wall.Average():F2} ms");
        var all = n + cpu.Count;
        Console.WriteLine($"process CPU (all threads, GC and JIT included): {processCpuMs / all:F2} ms/page");
        Console.WriteLine($"allocated {allocatedMb / all:F2} MB/page; GC pauses {pauseMs / all:F3} ms/page ({100 * pauseMs / all / wall.Average():F1}% of wall); "
            + $"collections gen0 {GC.CollectionCount(0) - gcCounts.Item1} gen1 {GC.CollectionCount(1) - gcCounts.Item2} gen2 {GC.CollectionCount(2) - gcCounts.Item3}");
        return 0;
    }

    static double Percentile(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * q))];
}
