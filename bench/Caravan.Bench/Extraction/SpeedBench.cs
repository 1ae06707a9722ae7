using System.Diagnostics;
using System.Text.Json;
using Caravan.Extraction;

namespace Caravan.Bench.Extraction;

/// <summary>Pages per second and p50/p99 milliseconds per page on one thread, Caravan beside Mozilla Readability
/// (Node + jsdom) and readability-lxml (Python), all timed inside their own process on the same decoded pages.</summary>
internal static class SpeedBench
{
    public static int Run(string[] args)
    {
        var dir = Corpus.RequireDirectory(args, "extraction-speed <zyte-article-extraction-benchmark dir> [--peers <bench/peers dir>] [--rounds N]");
        var rounds = args.SkipWhile(a => a != "--rounds").Skip(1).Select(int.Parse).FirstOrDefault(3);
        var peersDir = args.SkipWhile(a => a != "--peers").Skip(1).FirstOrDefault();
        var files = Directory.GetFiles(Path.Combine(dir, "html"), "*.html.gz").Order().ToArray();
        var pages = files.Select(f => Corpus.ReadGz(f)).ToArray();

        var warmUp = SteadyState.WarmUp(pages, page => ArticleExtractor.Extract(page, null, "text/html; charset=utf-8"));
        Console.WriteLine(warmUp.Line);
        var times = new List<double>();
        var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var page in pages)
            {
                var start = Stopwatch.GetTimestamp();
                ArticleExtractor.Extract(page, null, "text/html; charset=utf-8");
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuStart).TotalMilliseconds;
        var ours = Summarize("caravan (bytes → article)", new PeerTimes(times, cpuMs));
        Console.WriteLine(ours.Line);
        Console.WriteLine(Summarize("  first round, cold (JIT at work)", new PeerTimes(warmUp.ColdRound, double.NaN)).Line);
        var parseTimes = new List<double>();
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var page in pages)
            {
                var start = Stopwatch.GetTimestamp();
                parser.ParseDocument(PageDecoder.Decode(page, "text/html; charset=utf-8"));
                parseTimes.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        Console.WriteLine(Summarize("  of which: decode + AngleSharp parse", new PeerTimes(parseTimes, double.NaN)).Line);
        var oursFastest = FastestPerPage(times, pages.Length);
        var parseFastest = FastestPerPage(parseTimes, pages.Length);
        Console.WriteLine($"fastest of {rounds} rounds per page (less disturbed by other processes): caravan p50 {oursFastest.P50:F2} ms p99 {oursFastest.P99:F2} ms; decode + parse p50 {parseFastest.P50:F2} ms");

        if (peersDir is null)
            return 0;
        var tmp = Path.Combine(Path.GetTempPath(), "caravan-speed-pages");
        Directory.CreateDirectory(tmp);
        var plain = new List<string>();
        for (var i = 0; i < pages.Length; i++)
        {
            var path = Path.Combine(tmp, $"{i:D4}.html");
            File.WriteAllBytes(path, pages[i]);
            plain.Add(path);
        }
        var list = Path.Combine(tmp, "pages.txt");
        File.WriteAllLines(list, plain);
        foreach (var (name, exe, script) in new[]
        {
            ("mozilla readability + jsdom (node)", "node", Path.Combine(peersDir, "readability-js.mjs")),
            ("readability-lxml (python3)", "/usr/bin/python3", Path.Combine(peersDir, "readability_lxml.py")),
        })
        {
            var peer = RunPeer(exe, script, list, rounds);
            if (peer is null)
            {
                Console.WriteLine($"{name}: not run (see stderr)");
                continue;
            }
            var summary = Summarize(name, peer);
            Console.WriteLine($"{summary.Line}   caravan is {summary.P50 / ours.P50:F1}x faster at p50, {summary.CpuPerPage / ours.CpuPerPage:F1}x in CPU per page");
            var peerFastest = FastestPerPage(peer.Wall, pages.Length);
            Console.WriteLine($"  fastest of {rounds} rounds per page: p50 {peerFastest.P50:F2} ms p99 {peerFastest.P99:F2} ms, caravan {peerFastest.P50 / oursFastest.P50:F1}x faster at p50");
        }
        return 0;
    }

    sealed record PeerTimes(List<double> Wall, double CpuMs);

    static PeerTimes? RunPeer(string exe, string script, string list, int rounds)
    {
        var psi = new ProcessStartInfo(exe) { RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add(script);
        psi.ArgumentList.Add(list);
        psi.ArgumentList.Add(rounds.ToString());
        using var process = Process.Start(psi);
        if (process is null)
            return null;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            return null;
        using var json = JsonDocument.Parse(output);
        var wall = json.RootElement.GetProperty("wall").EnumerateArray().Select(e => e.GetDouble()).ToList();
        return new PeerTimes(wall, json.RootElement.GetProperty("cpuMs").GetDouble());
    }

    /// <summary>Per page, the fastest of its timed rounds (times are in round order), then percentiles over pages:
    /// on a shared machine the minimum is the run least disturbed by other processes.</summary>
    static (double P50, double P99) FastestPerPage(List<double> times, int pageCount)
    {
        var fastest = Enumerable.Range(0, pageCount)
            .Select(i => Enumerable.Range(0, times.Count / pageCount).Min(r => times[r * pageCount + i]))
            .Order().ToArray();
        return (fastest[fastest.Length / 2], fastest[Math.Min(fastest.Length - 1, (int)(fastest.Length * 0.99))]);
    }

    sealed record Summary(string Line, double P50, double PagesPerSecond, double CpuPerPage);

    /// <summary>Wall-clock percentiles per page, plus CPU time per page (less disturbed when the machine is shared).</summary>
    static Summary Summarize(string name, PeerTimes measured)
    {
        var times = measured.Wall;
        var cpuPerPage = measured.CpuMs / times.Count;
        var sorted = times.Order().ToArray();
        var p50 = sorted[sorted.Length / 2];
        var p99 = sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * 0.99))];
        var pagesPerSecond = times.Count / (times.Sum() / 1000);
        var cpu = double.IsNaN(cpuPerPage) ? "" : $"  CPU {cpuPerPage,7:F2} ms/page";
        return new Summary($"{name,-38} {pagesPerSecond,8:F1} pages/s  p50 {p50,7:F2} ms  p99 {p99,8:F2} ms{cpu}  (n={times.Count})", p50, pagesPerSecond, cpuPerPage);
    }
}
