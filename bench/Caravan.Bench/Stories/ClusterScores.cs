namespace Caravan.Bench.Stories;

/// <summary>B-cubed (Bagga and Baldwin 1998) and pairwise precision, recall and F1 of a clustering against gold labels.</summary>
public sealed record ClusterScores(double BCubedP, double BCubedR, double PairP, double PairR, int Clusters)
{
    public double BCubedF1 => F1(BCubedP, BCubedR);
    public double PairF1 => F1(PairP, PairR);

    static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);

    public static ClusterScores Of(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var n = gold.Count;
        var goldSize = gold.GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
        var predSize = predicted.GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var both = Enumerable.Range(0, n).GroupBy(i => (gold[i], predicted[i])).ToDictionary(g => g.Key, g => g.Count());
        double p = 0, r = 0;
        for (var i = 0; i < n; i++)
        {
            var shared = both[(gold[i], predicted[i])];
            p += shared / (double)predSize[predicted[i]];
            r += shared / (double)goldSize[gold[i]];
        }
        static long Pairs(int k) => (long)k * (k - 1) / 2;
        var tp = both.Values.Sum(Pairs);
        var predPairs = predSize.Values.Sum(Pairs);
        var goldPairs = goldSize.Values.Sum(Pairs);
        return new ClusterScores(p / n, r / n, predPairs == 0 ? 1 : tp / (double)predPairs, goldPairs == 0 ? 1 : tp / (double)goldPairs, predSize.Count);
    }

    public override string ToString() =>
        $"B-cubed P {BCubedP:F3} R {BCubedR:F3} F1 {BCubedF1:F3} | pairwise P {PairP:F3} R {PairR:F3} F1 {PairF1:F3} | {Clusters} clusters";
}
