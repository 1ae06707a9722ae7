using System.Text.RegularExpressions;

namespace Caravan.Bench.Extraction;

/// <summary>The Zyte article-extraction-benchmark metric: 4-gram shingle multiset precision/recall per document,
/// means over documents, F1 from the means (as described in the corpus SOURCE.md).</summary>
internal static partial class ShingleScore
{
    public sealed record Result(double F1, double Precision, double Recall, double Accuracy);

    public static Result Score(IReadOnlyDictionary<string, string> truth, IReadOnlyDictionary<string, string> predicted)
    {
        double pSum = 0, rSum = 0, accSum = 0;
        int pN = 0, rN = 0, n = 0;
        foreach (var (id, gold) in truth)
        {
            var pred = predicted.TryGetValue(id, out var p) ? p : "";
            var goldTokens = Tokens(gold);
            var predTokens = Tokens(pred);
            var (tp, fp, fn) = Match(Shingles(goldTokens), Shingles(predTokens));
            var total = tp + fp + fn;
            double ntp = total == 0 ? 0 : tp / total, nfp = total == 0 ? 0 : fp / total, nfn = total == 0 ? 0 : fn / total;
            if (ntp + nfp > 0)
            {
                pSum += nfp == 0 && nfn == 0 ? 1 : ntp / (ntp + nfp);
                pN++;
            }
            if (ntp + nfn > 0)
            {
                rSum += nfp == 0 && nfn == 0 ? 1 : ntp / (ntp + nfn);
                rN++;
            }
            accSum += goldTokens.SequenceEqual(predTokens) ? 1 : 0;
            n++;
        }
        var precision = pN == 0 ? 0 : pSum / pN;
        var recall = rN == 0 ? 0 : rSum / rN;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Result(f1, precision, recall, n == 0 ? 0 : accSum / n);
    }

    static List<string> Tokens(string text) => Word().Matches(text).Select(m => m.Value).ToList();

    static Dictionary<string, int> Shingles(List<string> tokens)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
            return result;
        if (tokens.Count < 4)
        {
            result[string.Join('\u0001', tokens)] = 1;
            return result;
        }
        for (var i = 0; i + 4 <= tokens.Count; i++)
        {
            var key = string.Join('\u0001', tokens.GetRange(i, 4));
            result[key] = result.GetValueOrDefault(key) + 1;
        }
        return result;
    }

    static (double Tp, double Fp, double Fn) Match(Dictionary<string, int> gold, Dictionary<string, int> pred)
    {
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, count) in pred)
        {
            var g = gold.GetValueOrDefault(key);
            tp += Math.Min(g, count);
            fp += Math.Max(0, count - g);
        }
        foreach (var (key, count) in gold)
            fn += Math.Max(0, count - pred.GetValueOrDefault(key));
        return (tp, fp, fn);
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();
}
