using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Caravan.Parsing;

namespace Caravan.Bench.Parsing;

/// <summary>
/// `feeds CORPUS_DIR... [--seconds N] [--no-peers]`: MB/s and feeds/s for (a) a bare XmlReader pass, (b) Caravan's full
/// parse to records, (c) Python feedparser and (d) npm rss-parser over the same bytes, with the ratios.
/// </summary>
internal static class FeedParseBench
{
    private sealed record Rate(string Name, double MegabytesPerSecond, double FeedsPerSecond, string? Note = null);

    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = 3.0;
        var peers = true;
        var folders = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--seconds" && i + 1 < args.Length) seconds = double.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--no-peers") peers = false;
            else folders.Add(args[i]);
        }
        if (folders.Count == 0 || folders.Any(f => !Directory.Exists(f)))
        {
            Console.Error.WriteLine("feeds: give one or more corpus folders (e.g. tests/data/feeds)");
            return 2;
        }
        var work = Directory.CreateTempSubdirectory("caravan-bench-feeds-").FullName;
        try
        {
            var corpus = FeedCorpus.Load(folders, Path.Combine(work, "generated"));
            Console.Error.WriteLine($"corpus: {corpus.Bodies.Count} well-formed feeds, {corpus.TotalBytes / 1e6:F2} MB ({corpus.Skipped} not well-formed, left out so every contender reads the same bytes)");
            var listFile = Path.Combine(work, "files.txt");
            await File.WriteAllLinesAsync(listFile, corpus.Paths);

            var (bare, caravan, ratios) = MeasureInterleaved(corpus, seconds);
            var rates = new List<Rate> { bare, caravan };
            if (peers)
            {
                rates.Add(await RunPeerAsync("feedparser 6 (python3)", "/usr/bin/python3", [PeerScript("feedparser_bench.py"), listFile, seconds.ToString(CultureInfo.InvariantCulture)]));
                rates.Add(await RunPeerAsync("rss-parser (node)", "node", [PeerScript("rss_parser_bench.mjs"), listFile, seconds.ToString(CultureInfo.InvariantCulture)]));
            }
            Print(rates, ratios);
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// The bare XmlReader and Caravan in alternating whole-corpus passes after both reached steady state (see
    /// <see cref="SteadyState"/>), each pass after a full collection so neither is charged for the other's garbage.
    /// Alternating puts both under the same momentary load; the ratio is the median of the per-pair ratios.
    /// </summary>
    private static (Rate Bare, Rate Caravan, double[] Ratios) MeasureInterleaved(FeedCorpus corpus, double seconds)
    {
        var bodies = corpus.Bodies;
        long sink = 0;
        Console.Error.WriteLine(SteadyState.WarmUp(bodies, body => sink += XmlReaderBaseline.Read(body)).Line + " (XmlReader)");
        Console.Error.WriteLine(SteadyState.WarmUp(bodies, body => sink += FeedParser.Parse(body).Items.Count).Line + " (Caravan)");
        double bareSeconds = 0, caravanSeconds = 0;
        var ratios = new List<double>();
        var clock = Stopwatch.StartNew();
        do
        {
            var bare = TimePass(() => { foreach (var body in bodies) sink += XmlReaderBaseline.Read(body); });
            var ours = TimePass(() => { foreach (var body in bodies) sink += FeedParser.Parse(body).Items.Count; });
            bareSeconds += bare;
            caravanSeconds += ours;
            ratios.Add(bare / ours);
        }
        while (clock.Elapsed.TotalSeconds < seconds * 2 || ratios.Count < 5);
        GC.KeepAlive(sink);
        var passes = ratios.Count;
        return (new Rate("XmlReader (bare read)", corpus.TotalBytes * passes / 1e6 / bareSeconds, bodies.Count * passes / bareSeconds),
            new Rate("Caravan FeedParser", corpus.TotalBytes * passes / 1e6 / caravanSeconds, bodies.Count * passes / caravanSeconds),
            [.. ratios.Order()]);
    }

    private static double TimePass(Action pass)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var start = Stopwatch.GetTimestamp();
        pass();
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static string PeerScript(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "bench", "peers", name);
            if (File.Exists(candidate)) return candidate;
        }
        return Path.Combine("bench", "peers", name);
    }

    private static async Task<Rate> RunPeerAsync(string name, string program, string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(arguments[0]) };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var stdout = await process.StandardOutput.ReadToEndAsync();
            var stderr = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
                return new Rate(name, double.NaN, double.NaN, "failed: " + stderr.Trim().Split('\n').LastOrDefault());
            using var json = JsonDocument.Parse(stdout.Trim().Split('\n').Last());
            var root = json.RootElement;
            var elapsed = root.GetProperty("seconds").GetDouble();
            return new Rate(name, root.GetProperty("bytes").GetDouble() / 1e6 / elapsed, root.GetProperty("feeds").GetDouble() / elapsed,
                root.TryGetProperty("errors", out var errors) && errors.GetInt32() > 0 ? $"{errors.GetInt32()} feeds raised" : null);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            return new Rate(name, double.NaN, double.NaN, "not run: " + e.Message);
        }
    }

    private static void Print(IReadOnlyList<Rate> rates, double[] ratios)
    {
        var caravan = rates[1];
        Console.WriteLine($"{"contender",-26} {"MB/s",10} {"feeds/s",10}  {"Caravan is",12}");
        foreach (var rate in rates)
        {
            var ratio = rate == caravan ? "" : double.IsNaN(rate.MegabytesPerSecond) ? "n/a" : $"{caravan.MegabytesPerSecond / rate.MegabytesPerSecond:F2}x";
            Console.WriteLine($"{rate.Name,-26} {rate.MegabytesPerSecond,10:F1} {rate.FeedsPerSecond,10:F0}  {ratio,12}  {rate.Note}");
        }
        Console.WriteLine($"Caravan / XmlReader = {ratios[ratios.Length / 2]:P0} of the ceiling, median of {ratios.Length} alternating pass pairs "
            + $"(quartiles {ratios[ratios.Length / 4]:P0}–{ratios[ratios.Length * 3 / 4]:P0}; by total time {caravan.MegabytesPerSecond / rates[0].MegabytesPerSecond:P0}) (target >= 50%)");
        if (rates.Count > 2 && !double.IsNaN(rates[2].MegabytesPerSecond))
            Console.WriteLine($"Caravan / feedparser = {caravan.MegabytesPerSecond / rates[2].MegabytesPerSecond:F1}x (target >= 20x)");
    }
}
