using System.Text.Json;
using System.Text.RegularExpressions;
using Caravan.Extraction;

namespace Caravan.Bench.Extraction;

/// <summary>trafilatura's evaluation: per page, "with" segments must appear in the extracted text and "without"
/// segments must not (whitespace-normalised substring tests, micro-summed; upstream tests/eval_common.py).</summary>
internal static partial class TrafilaturaEvalBench
{
    public static int Run(string[] args)
    {
        var dir = Corpus.RequireDirectory(args, "extraction-trafilatura <trafilatura-eval dir> [--misses] [--show FILE]");
        using var eval = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "evaldata.json")));
        int tp = 0, fp = 0, fn = 0, tn = 0, pages = 0, errors = 0;
        var misses = args.Contains("--misses");
        // --show FILE prints the text extracted from one page, to read beside its misses.
        var show = args.SkipWhile(a => a != "--show").Skip(1).FirstOrDefault();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var entry in eval.RootElement.EnumerateObject())
        {
            var file = entry.Value.GetProperty("file").GetString()!;
            if (show is not null && file != show)
                continue;
            var path = new[] { Path.Combine(dir, "html", "cache", file + ".gz"), Path.Combine(dir, "html", "eval", file + ".gz") }.FirstOrDefault(File.Exists);
            string text;
            try
            {
                if (path is null)
                    throw new FileNotFoundException(file);
                Uri.TryCreate(entry.Name, UriKind.Absolute, out var url);
                var extracted = ArticleExtractor.Extract(Corpus.ReadGz(path), url, null).Text;
                if (show is not null)
                    Console.WriteLine(extracted);
                text = Normalize(extracted);
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                errors++;
                text = "";
            }
            pages++;
            foreach (var segment in entry.Value.GetProperty("with").EnumerateArray())
            {
                if (text.Contains(Normalize(segment.GetString()!), StringComparison.Ordinal))
                    tp++;
                else
                {
                    fn++;
                    if (misses)
                        Console.WriteLine($"MISS  {file}: {segment.GetString()}");
                }
            }
            foreach (var segment in entry.Value.GetProperty("without").EnumerateArray())
            {
                if (text.Contains(Normalize(segment.GetString()!), StringComparison.Ordinal))
                {
                    fp++;
                    if (misses)
                        Console.WriteLine($"EXTRA {file}: {segment.GetString()}");
                }
                else
                    tn++;
            }
        }
        double precision = (double)tp / (tp + fp), recall = (double)tp / (tp + fn);
        double accuracy = (double)(tp + tn) / (tp + tn + fp + fn), f1 = 2.0 * tp / (2.0 * tp + fp + fn);
        Console.WriteLine($"pages {pages} (unreadable {errors}) in {watch.Elapsed.TotalSeconds:F1} s: TP {tp} FP {fp} FN {fn} TN {tn}");
        Console.WriteLine($"caravan  precision {precision:F3}  recall {recall:F3}  accuracy {accuracy:F3}  F1 {f1:F3}");
        Console.WriteLine("published (2026-08-04): trafilatura 2.2.0 standard P 0.906 R 0.943 A 0.923 F 0.924; readability-lxml F 0.826; news-please F 0.836");
        return 0;
    }

    static string Normalize(string s) => Space().Replace(s, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
