using System.Diagnostics;
using Caravan.Dedup;
using Caravan.Stories;

namespace Caravan.Bench.Stories;

/// <summary>
/// Clustering throughput with many live stories: opens S stories (default 100,000) of synthetic
/// reports (a Zipf background vocabulary plus eight words and two names of their own), then times
/// placing follow-up reports; reports the memory held against the live-story bound.
/// </summary>
static class ClusterSpeedBench
{
    public static int Run(string[] args)
    {
        var stories = args.Length > 0 ? int.Parse(args[0]) : 100_000;
        var followUps = args.Length > 1 ? int.Parse(args[1]) : 20_000;
        var random = new Random(6);
        var background = Enumerable.Range(0, 30_000).Select(i => Word(i)).ToArray();
        string Report(int story)
        {
            var r = new Random(story);
            var own = Enumerable.Range(0, 8).Select(_ => Word(100_000 + r.Next(2_000_000))).ToArray();
            var names = $"Mr {Capital(Word(5_000_000 + story))} met {Capital(Word(7_000_000 + story))}";
            var words = Enumerable.Range(0, 150).Select(_ => random.Next(4) == 0 ? own[random.Next(own.Length)] : background[(int)(background.Length * Math.Pow(random.NextDouble(), 3))]);
            return names + ". " + string.Join(' ', words);
        }
        var clusterer = new StoryClusterer(new StoryOptions { MaxLiveStories = stories + followUps });
        var t0 = DateTimeOffset.Parse("2026-11-01T00:00:00Z");
        var before = GC.GetTotalMemory(true);
        var clock = Stopwatch.StartNew();
        for (var s = 0; s < stories; s++)
            clusterer.Join(s + 1, new StoryDocument { Id = s + 1, Text = Report(s), Published = t0.AddSeconds(s * 3) });
        Console.WriteLine($"opened {stories:N0} stories in {clock.Elapsed.TotalSeconds:F1} s; live {clusterer.LiveCount:N0}");
        var heldBytes = GC.GetTotalMemory(true) - before;
        Console.WriteLine($"memory: {heldBytes / (double)stories:N0} bytes per live story by GC heap growth ({heldBytes / 1048576.0:N0} MB), {clusterer.Bytes / (double)stories:N0} by the clusterer's estimate");

        // A report that arrives out of report order makes OrderedStoryClusterer re-run its recent log from a copy
        // of the settled clusterer: the copy is the part of a replay that grows with the live stories.
        clock.Restart();
        const int copies = 3;
        for (var c = 0; c < copies; c++) GC.KeepAlive(clusterer.Copy());
        Console.WriteLine($"copy of the clusterer (one per out-of-order pass of the linker): {clock.Elapsed.TotalMilliseconds / copies:N0} ms with {clusterer.LiveCount:N0} live stories");

        var texts = Enumerable.Range(0, followUps).Select(i => Report(random.Next(stories))).ToList();
        clock.Restart();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var joined = 0;
        for (var i = 0; i < followUps; i++)
        {
            var id = stories + i + 1L;
            if (clusterer.Place(new StoryDocument { Id = id, Text = texts[i], Published = t0.AddSeconds(stories * 3 + i) }) != id) joined++;
        }
        // The machine is shared: CPU time, not wall time, says what one core does.
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"placed {followUps:N0} follow-ups at {followUps / cpuSeconds:N0} docs per CPU-second ({followUps / clock.Elapsed.TotalSeconds:N0} per wall second) with {clusterer.LiveCount:N0} live stories; {joined * 100.0 / followUps:F1} % joined a story");
        Replays(clusterer, Enumerable.Range(0, 5_000).Select(i => new StoryDocument { Id = 10_000_000L + i, Text = Report(random.Next(stories)), Published = t0.AddSeconds(stories * 3 + followUps + i) }).ToList(), followUps / cpuSeconds);
        return 0;
    }

    /// <summary>
    /// What OrderedStoryClusterer's replay costs: the log (5,000 reports, the default bound) is placed with the undo
    /// journal on; a late report k places before the log's end rolls the journal back over the k reports after it
    /// and places them again (k + 1 placements). Before the journal, every out-of-order pass copied the clusterer
    /// and placed the whole log again.
    /// </summary>
    static void Replays(StoryClusterer clusterer, List<StoryDocument> log, double plainRate)
    {
        clusterer.StartJournal();
        var marks = new long[log.Count];
        var cpu = Cpu();
        for (var i = 0; i < log.Count; i++) { marks[i] = clusterer.JournalPosition; clusterer.Place(log[i]); }
        var journaledRate = log.Count / (Cpu() - cpu).TotalSeconds;
        Console.WriteLine($"journal on: placed a log of {log.Count:N0} at {journaledRate:N0} docs per CPU-second ({journaledRate / plainRate:P0} of the rate without it), {clusterer.JournalCount:N0} changes held");
        foreach (var k in new[] { log.Count, 1_000, 100, 10 })
        {
            cpu = Cpu();
            clusterer.RollBack(marks[log.Count - k]);
            var rollBack = Cpu() - cpu;
            foreach (var d in log.Skip(log.Count - k)) clusterer.Place(d);
            var replay = Cpu() - cpu;
            Console.WriteLine($"replay: a late report {k,5:N0} before the log's end: {replay.TotalMilliseconds,7:N0} CPU-ms ({rollBack.TotalMilliseconds:N1} ms rolling back, {replay.TotalMilliseconds / k:N2} ms per report placed again); " +
                $"before the journal: copy + {log.Count:N0} placements = {(Copy(clusterer) + log.Count / plainRate * 1000):N0} ms");
        }
    }

    static double Copy(StoryClusterer clusterer)
    {
        var cpu = Cpu();
        GC.KeepAlive(clusterer.Copy());
        return (Cpu() - cpu).TotalMilliseconds;
    }

    static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

    static string Word(int i)
    {
        var h = Shingles.Mix((ulong)i + 1);
        var chars = new char[4 + (int)(h % 5)];
        for (var k = 0; k < chars.Length; k++) chars[k] = "bcdfgklmnprstvzaeiou"[(int)((h >> (k * 5)) % 20)];
        return new string(chars);
    }

    static string Capital(string w) => char.ToUpperInvariant(w[0]) + w[1..];
}
