using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Caravan.Extraction;

namespace Caravan.Cli;

/// <summary>`caravan extract FILE|- [--url URL] [--json]` and `caravan extract --list IN.jsonl --out OUT.jsonl`.</summary>
internal static class ExtractVerb
{
    static readonly JsonSerializerOptions Json = new()
    {
        // Output is JSON for programs, never embedded in HTML, so Cyrillic and quotes stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "HTML file to extract from, or - for standard input", Arity = ArgumentArity.ZeroOrOne };
        var url = new Option<string?>("--url") { Description = "The page's address, to resolve relative links" };
        var json = CommonOptions.Json();
        var list = new Option<string?>("--list") { Description = "JSON Lines file of {\"id\", \"path\", \"url\"} to extract in one run" };
        var output = new Option<string?>("--out") { Description = "Where --list writes its JSON Lines results (default: standard output)" };
        var command = new Command("extract", "Extract the article (text, HTML, title, byline, dates, image) from web pages");
        command.Arguments.Add(file);
        command.Options.Add(url);
        command.Options.Add(json);
        command.Options.Add(list);
        command.Options.Add(output);
        command.SetAction(async (ParseResult r, CancellationToken ct) =>
        {
            var listPath = r.GetValue(list);
            if (listPath is not null)
                return await ExtractListAsync(listPath, r.GetValue(output), ct);
            var path = r.GetValue(file) ?? throw new UserError("extract: give a FILE (or - for stdin), or --list IN.jsonl");
            var article = ArticleExtractor.Extract(await ReadPageAsync(path, ct), ParseUrl(r.GetValue(url)), null);
            if (r.GetValue(json))
                Console.Out.WriteLine(ToJson(article).ToJsonString(Json));
            else
                Console.Out.WriteLine(string.IsNullOrEmpty(article.Title) ? article.Text : article.Title + "\n\n" + article.Text);
            return 0;
        });
        return command;
    }

    static async Task<int> ExtractListAsync(string listPath, string? outPath, CancellationToken ct)
    {
        if (!File.Exists(listPath))
            throw new UserError($"extract: list file not found: {listPath}");
        var listDir = Path.GetDirectoryName(Path.GetFullPath(listPath))!;
        await using var fileWriter = outPath is null ? null : new StreamWriter(outPath, append: false, new System.Text.UTF8Encoding(false));
        var writer = fileWriter ?? Console.Out;
        using var reader = new StreamReader(listPath);
        int lineNumber = 0, done = 0, failed = 0;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var result = await ExtractOneAsync(line, lineNumber, listDir, ct);
            if (result.ContainsKey("error"))
                failed++;
            await writer.WriteLineAsync(result.ToJsonString(Json).AsMemory(), ct);
            if (++done % 500 == 0)
                Console.Error.WriteLine($"extract: {done} pages ({failed} failed)");
        }
        await writer.FlushAsync(ct);
        Console.Error.WriteLine($"extract: {done} pages, {failed} failed");
        return 0;
    }

    /// <summary>One list line: a page that cannot be read or parsed becomes an {"id", "error"} line, not a stop.</summary>
    static async Task<JsonObject> ExtractOneAsync(string line, int lineNumber, string listDir, CancellationToken ct)
    {
        JsonNode? id = null;
        try
        {
            var item = JsonNode.Parse(line) as JsonObject ?? throw new FormatException("not a JSON object");
            id = item["id"]?.DeepClone();
            var path = item["path"]?.GetValue<string>() ?? throw new FormatException("no \"path\"");
            if (!File.Exists(path) && File.Exists(Path.Combine(listDir, path)))
                path = Path.Combine(listDir, path);
            var url = ParseUrl(item["url"]?.GetValue<string>());
            var page = await File.ReadAllBytesAsync(path, ct);
            var result = ToJson(ArticleExtractor.Extract(page, url, null));
            result.Insert(0, "id", id);
            return result;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException or InvalidOperationException or UserError)
        {
            return new JsonObject { ["id"] = id, ["error"] = $"line {lineNumber}: {e.Message}" };
        }
    }

    static async Task<byte[]> ReadPageAsync(string path, CancellationToken ct)
    {
        if (path == "-")
        {
            using var memory = new MemoryStream();
            await Console.OpenStandardInput().CopyToAsync(memory, ct);
            return memory.ToArray();
        }
        if (!File.Exists(path))
            throw new UserError($"extract: file not found: {path}");
        return await File.ReadAllBytesAsync(path, ct);
    }

    static Uri? ParseUrl(string? url)
    {
        if (url is null)
            return null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new UserError($"extract: --url must be an absolute http(s) URL: {url}");
        return uri;
    }

    static JsonObject ToJson(ExtractedArticle a) => new()
    {
        ["title"] = a.Title,
        ["byline"] = a.Byline,
        ["published"] = a.Published?.ToString("O"),
        ["modified"] = a.Modified?.ToString("O"),
        ["siteName"] = a.SiteName,
        ["language"] = a.Language,
        ["image"] = a.Image?.AbsoluteUri,
        ["imageCredit"] = a.ImageCredit,
        ["dateline"] = a.Dateline,
        ["description"] = a.Description,
        ["canonicalUrl"] = a.CanonicalUrl?.AbsoluteUri,
        ["text"] = a.Text,
        ["html"] = a.Html,
    };
}
