using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Caravan.Extraction;

namespace Caravan.Bench.Extraction;

/// <summary>Every field the extractor returns, one JSON line per page of the given corpora, so a speed change can be
/// checked for identical output with a plain diff of two dumps.</summary>
internal static class OutputDump
{
    static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A fixed page address, so relative links and images are resolved the same way in every dump.</summary>
    static readonly Uri PageUrl = new("https://example.org/news/2024/article.html");

    public static int Run(string[] args)
    {
        if (args.Length < 2 || args.Skip(1).Any(d => !Directory.Exists(d)))
        {
            Console.Error.WriteLine("usage: extraction-dump <out.jsonl> <corpus dir>...");
            return 2;
        }
        var files = args.Skip(1)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.html*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".html.gz", StringComparison.Ordinal))
            .Where(f => !Path.GetFileName(f).StartsWith("expected", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToArray();
        using var writer = new StreamWriter(args[0], append: false, new UTF8Encoding(false));
        foreach (var file in files)
        {
            var page = file.EndsWith(".gz", StringComparison.Ordinal) ? Corpus.ReadGz(file) : File.ReadAllBytes(file);
            var a = ArticleExtractor.Extract(page, PageUrl, null);
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                file = Path.GetRelativePath(Path.GetDirectoryName(args[1].TrimEnd('/'))!, file),
                a.Title, a.Byline, a.Published, a.Modified, a.SiteName, a.Language, Image = a.Image?.AbsoluteUri, a.ImageCredit,
                a.Dateline, a.Description, CanonicalUrl = a.CanonicalUrl?.AbsoluteUri, a.Text, a.Html,
            }, Json));
        }
        Console.Error.WriteLine($"extraction-dump: {files.Length} pages written to {args[0]}");
        return 0;
    }
}
