using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Caravan.Extraction;

namespace Caravan.Bench.Extraction;

/// <summary>Agreement with Mozilla Readability's own test pages: bag-of-words text F1 against expected.html and
/// exact agreement of title / byline / excerpt / siteName / lang / publishedTime where Readability has a value.</summary>
internal static partial class ReadabilityPagesBench
{
    public static int Run(string[] args)
    {
        var dir = Corpus.RequireDirectory(args, "extraction-readability <mozilla-readability-test-pages dir>");
        var pagesDir = Path.Combine(dir, "test-pages");
        var f1s = new List<double>();
        var exact = 0;
        var fields = new Dictionary<string, (int Agree, int Total)>();
        var parser = new HtmlParser();
        var baseUrl = new Uri("http://fakehost/test/page.html");
        foreach (var caseDir in Directory.GetDirectories(pagesDir).Order())
        {
            var source = Corpus.ReadGz(Path.Combine(caseDir, "source.html.gz"));
            var expectedHtml = System.Text.Encoding.UTF8.GetString(Corpus.ReadGz(Path.Combine(caseDir, "expected.html.gz")));
            var expectedText = parser.ParseDocument(expectedHtml).Body?.TextContent ?? "";
            var article = ArticleExtractor.Extract(source, baseUrl, "text/html; charset=utf-8");
            f1s.Add(WordF1(expectedText, article.Text));
            if (Words(expectedText).SequenceEqual(Words(article.Text)))
                exact++;
            using var meta = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(caseDir, "expected-metadata.json")));
            Compare(fields, meta.RootElement, "title", article.Title);
            Compare(fields, meta.RootElement, "byline", article.Byline);
            Compare(fields, meta.RootElement, "excerpt", article.Description);
            Compare(fields, meta.RootElement, "siteName", article.SiteName);
            Compare(fields, meta.RootElement, "lang", article.Language);
            Compare(fields, meta.RootElement, "publishedTime", article.Published?.ToString("O"), dates: true);
        }
        Console.WriteLine($"pages {f1s.Count}: text word-F1 (macro) {f1s.Average():F3}, median {f1s.Order().ElementAt(f1s.Count / 2):F3}, exact word sequence {exact}/{f1s.Count}");
        foreach (var (field, (agree, total)) in fields)
            Console.WriteLine($"  {field,-14} {agree,3}/{total,-3} = {(double)agree / total:F3}");
        return 0;
    }

    static void Compare(Dictionary<string, (int, int)> fields, JsonElement meta, string name, string? ours, bool dates = false)
    {
        if (!meta.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            return;
        var expected = Normalize(value.GetString()!);
        var agree = ours is not null && (dates
            ? DateTimeOffset.TryParse(value.GetString(), out var e) && DateTimeOffset.TryParse(ours, out var o) && e == o
            : string.Equals(expected, Normalize(ours), StringComparison.Ordinal));
        var (a, t) = fields.GetValueOrDefault(name);
        fields[name] = (a + (agree ? 1 : 0), t + 1);
    }

    static double WordF1(string expected, string ours)
    {
        var gold = Counts(Words(expected));
        var pred = Counts(Words(ours));
        var overlap = gold.Sum(p => Math.Min(p.Value, pred.GetValueOrDefault(p.Key)));
        int goldTotal = gold.Values.Sum(), predTotal = pred.Values.Sum();
        if (goldTotal == 0 && predTotal == 0)
            return 1;
        if (overlap == 0)
            return 0;
        double p = (double)overlap / predTotal, r = (double)overlap / goldTotal;
        return 2 * p * r / (p + r);
    }

    static Dictionary<string, int> Counts(IEnumerable<string> words)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in words)
            counts[w] = counts.GetValueOrDefault(w) + 1;
        return counts;
    }

    static List<string> Words(string text) => Word().Matches(text).Select(m => m.Value).ToList();

    static string Normalize(string s) => Space().Replace(s, " ").Trim();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
