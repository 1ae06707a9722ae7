using System.Diagnostics;
using Caravan.Dedup;

namespace Caravan.Bench.Dedup;

/// <summary>
/// Sketching speed (shingles + MinHash + SimHash, one thread) on the labelled set's texts, and the
/// near-duplicate index at scale: N texts indexed (default 1,000,000), bytes per text, and lookup
/// latency percentiles for near copies of indexed texts and for unseen texts.
/// </summary>
static class DedupSpeedBench
{
    public static int Run(string[] args)
    {
        if (args.Length < 1) { Console.Error.WriteLine("usage: dedup-speed <tests/data/dedup folder> [indexed texts]"); return 2; }
        var texts = LabelledSet.Load(args[0]).Documents.Values.ToList();
        var n = args.Length > 1 ? int.Parse(args[1]) : 1_000_000;

        Sketching("shingles + MinHash (the index's sketch)", texts, d => MinHash.Sketch(Shingles.Of(d.Title, d.Text)).Length);
        Sketching("shingles + MinHash + SimHash (stored)", texts, d => { var s = Shingles.Of(d.Title, d.Text); return MinHash.Sketch(s).Length + (int)(SimHash.Of(s) & 1); });
        Sketching("shingles only", texts, d => Shingles.Of(d.Title, d.Text).Length);

        var random = new Random(6);
        var index = new NearDuplicateIndex();
        var sketches = new uint[Math.Min(n, 10_000)][];
        var before = GC.GetTotalMemory(true);
        var sketch = new uint[MinHash.Size];
        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < sketch.Length; k++) sketch[k] = (uint)random.Next() ^ ((uint)random.Next() << 16);
            if (i < sketches.Length) sketches[i] = (uint[])sketch.Clone();
            index.Add(i, sketch);
        }
        var after = GC.GetTotalMemory(true);
        Console.WriteLine($"index: {n:N0} texts, {index.Bytes / (double)n:F0} bytes per text by array sizes, {(after - before) / (double)n:F0} by GC heap growth");

        var near = new List<double>();
        var unseen = new List<double>();
        var hits = 0;
        for (var q = 0; q < 20_000; q++)
        {
            var query = (uint[])sketches[q % sketches.Length].Clone();
            // A near copy: about a third of the sketch differs (Jaccard ≈ 0.65).
            for (var k = 0; k < query.Length; k++) if (random.Next(3) == 0) query[k] = (uint)random.Next();
            var t = Stopwatch.GetTimestamp();
            if (index.Candidates(query).Contains(q % sketches.Length)) hits++;
            near.Add(Stopwatch.GetElapsedTime(t).TotalMicroseconds);
            for (var k = 0; k < query.Length; k++) query[k] = (uint)random.Next();
            t = Stopwatch.GetTimestamp();
            index.Candidates(query);
            unseen.Add(Stopwatch.GetElapsedTime(t).TotalMicroseconds);
        }
        Console.WriteLine($"lookup, near copy: p50 {P(near, 0.5):F1} µs, p99 {P(near, 0.99):F1} µs, p99.9 {P(near, 0.999):F1} µs; found {hits / 200.0:F1} %");
        Console.WriteLine($"lookup, unseen:    p50 {P(unseen, 0.5):F1} µs, p99 {P(unseen, 0.99):F1} µs, p99.9 {P(unseen, 0.999):F1} µs");
        return 0;
    }

    /// <summary>Warms up, then times <paramref name="sketch"/> over the texts for at least two seconds.</summary>
    static void Sketching(string what, List<DedupDocument> texts, Func<DedupDocument, int> sketch)
    {
        // Warm up past tiered compilation (tier 0, then the optimised tier) before timing.
        for (var warm = Stopwatch.StartNew(); warm.Elapsed < TimeSpan.FromSeconds(1.5);) foreach (var d in texts) sketch(d);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long docs = 0, words = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(2))
            foreach (var d in texts) { words += sketch(d); docs++; }
        // The machine is shared: CPU time, not wall time, says what one core does.
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine($"sketching, {what}: {docs / cpuSeconds:N0} docs per CPU-second ({docs / clock.Elapsed.TotalSeconds:N0} per wall second; {texts.Average(t => t.Text.Length):N0} characters per doc)");
    }

    static double P(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, q * sorted.Count)];
    }
}
