using Caravan.Dedup;

namespace Caravan.Bench.Dedup;

/// <summary>
/// Copy detection on the labelled set: Caravan's CopyDetector (MinHash LSH candidates, verified by
/// exact Jaccard/containment) beside SimHash at several Hamming radii and MinHash estimates without
/// verification; recall per kind of copy; versions told apart from copies.
/// </summary>
static class DedupQualityBench
{
    public static int Run(string[] args)
    {
        if (args.Length < 1) { Console.Error.WriteLine("usage: dedup-quality <tests/data/dedup folder>"); return 2; }
        var set = LabelledSet.Load(args[0]);
        var shingles = set.Documents.ToDictionary(kv => kv.Key, kv => Shingles.Of(kv.Value.Title, kv.Value.Text));
        var simhash = shingles.ToDictionary(kv => kv.Key, kv => SimHash.Of(kv.Value));
        var minhash = shingles.ToDictionary(kv => kv.Key, kv => MinHash.Sketch(kv.Value));
        Console.WriteLine($"{set.Documents.Count} documents, {set.Pairs.Count} pairs ({set.Pairs.Count(p => p.Label == "copy")} copies, {set.Pairs.Count(p => p.Label == "version")} versions, {set.Pairs.Count(p => p.Label == "different")} different)");

        var links = set.Pairs.Select(p =>
        {
            var d = new CopyDetector();
            d.Add(set.Documents[p.A]);
            return d.Add(set.Documents[p.B]);
        }).ToList();
        Report("Caravan CopyDetector (LSH + verify)", set, i => links[i].Target is not null);
        var found = Enumerable.Range(0, set.Pairs.Count).Where(i => set.Pairs[i].Label != "different" && links[i].Target is not null).ToList();
        var apart = found.Count(i => set.Pairs[i].Label == "version" ? links[i].VersionOf is not null : links[i].SyndicatedFrom is not null);
        Console.WriteLine($"  versions told apart from copies: {apart}/{found.Count} = {apart / (double)found.Count:F4}");
        foreach (var kind in set.Pairs.Where(p => p.Label != "different").Select(p => p.Kind).Distinct())
        {
            var ofKind = Enumerable.Range(0, set.Pairs.Count).Where(i => set.Pairs[i].Kind == kind).ToList();
            Console.WriteLine($"  recall {kind,-16} {ofKind.Count(i => links[i].Target is not null)}/{ofKind.Count}");
        }
        foreach (var radius in new[] { 3, 6, 10, 14 })
            Report($"SimHash, Hamming <= {radius}", set, i => SimHash.Distance(simhash[set.Pairs[i].A], simhash[set.Pairs[i].B]) <= radius);
        foreach (var threshold in new[] { 0.3, 0.5, 0.7 })
            Report($"MinHash estimate >= {threshold} (no verification)", set, i => Estimate(minhash[set.Pairs[i].A], minhash[set.Pairs[i].B]) >= threshold);
        return 0;
    }

    static double Estimate(uint[] a, uint[] b) => a.Zip(b).Count(x => x.First == x.Second) / (double)a.Length;

    static void Report(string name, LabelledSet set, Func<int, bool> isCopy)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < set.Pairs.Count; i++)
        {
            var positive = set.Pairs[i].Label != "different";
            var said = isCopy(i);
            if (said && positive) tp++; else if (said) fp++; else if (positive) fn++;
        }
        double p = tp / (double)Math.Max(1, tp + fp), r = tp / (double)(tp + fn);
        Console.WriteLine($"{name,-45} precision {p:F4} recall {r:F4} F1 {2 * p * r / Math.Max(1e-9, p + r):F4} (false positives {fp})");
    }
}
