using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Caravan.Dedup;
using Caravan.Stories;
using Caravan.Tagging;

namespace Caravan.Cli.Verbs;

/// <summary>
/// `caravan cluster IN.jsonl [--out OUT.jsonl]`: links reports read as JSON lines with the ingest's
/// own <see cref="ReportLinker"/>: duplicate of, version of, syndicated from, and story.
/// </summary>
internal static class ClusterVerb
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "JSON lines {id, title, text, published, source, url, language}; - reads stdin" };
        var output = new Option<string?>("--out") { Description = "Write the result lines here instead of stdout" };
        var cmd = new Command("cluster", "Find duplicates, versions, copies and stories in a JSON-lines file of reports") { input, output };
        cmd.SetAction(async (r, ct) =>
        {
            var inPath = r.GetValue(input)!;
            if (inPath != "-" && !File.Exists(inPath)) throw new UserError($"no such file: {inPath}");
            using var reader = inPath == "-" ? Console.In : new StreamReader(inPath, Encoding.UTF8);
            var outPath = r.GetValue(output);
            await using var writer = outPath is null ? Console.Out : new StreamWriter(outPath, false, new UTF8Encoding(false));
            var count = await RunAsync(reader, writer, ct);
            Console.Error.WriteLine($"caravan: {count} reports linked");
            return 0;
        });
        return cmd;
    }

    sealed record Line(int Index, JsonElement Id, DedupDocument Doc, string? Language);

    /// <summary>Reads every line, links them in publication order (file order where the date is missing), writes the result in file order.</summary>
    internal static async Task<int> RunAsync(TextReader reader, TextWriter writer, CancellationToken ct)
    {
        var lines = new List<Line>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        DateTimeOffset? previous = null;
        var order = new List<(DateTimeOffset? At, int Index)>();
        for (var n = 1; await reader.ReadLineAsync(ct) is { } text; n++)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            var line = Parse(text, n, lines.Count);
            if (!ids.Add(line.Id.GetRawText())) throw new UserError($"line {n}: id {line.Id.GetRawText()} appears twice");
            lines.Add(line);
            // A report without a date keeps its place after the one before it.
            previous = line.Doc.Published ?? previous;
            order.Add((previous, line.Index));
        }

        var linker = new ReportLinker();
        var results = new LinkedReport[lines.Count];
        foreach (var (_, index) in order.OrderBy(o => o.At ?? DateTimeOffset.MinValue).ThenBy(o => o.Index))
        {
            var doc = lines[index].Doc;
            // The same tags the ingest stores: people, places and countries by gazetteer id, whatever the language.
            var tags = ArticleTagger.Tag(new TagInput { Title = doc.Title, Text = doc.Text, LanguageHint = lines[index].Language });
            var outcome = linker.Link([new ReportToLink(doc with { Language = doc.Language ?? tags.Language }, StoryTags.From(tags))]);
            results[index] = outcome.Linked[0];
            // A report that came before earlier ones in report order (an undated one does not) moved them to other stories.
            foreach (var (id, key) in outcome.StoryKeys)
                if (results[id - 1] is { } moved) results[id - 1] = moved with { StoryKey = key };
            // An original that arrived after its copies: the copies now point at it.
            foreach (var (copy, moved) in results[index].Links.Repointed)
                results[copy - 1] = results[copy - 1] with { Links = moved };
        }

        var storyIds = new Dictionary<long, JsonElement>();
        foreach (var result in results)
        {
            ct.ThrowIfCancellationRequested();
            JsonElement? IdOf(long? internalId) => internalId is { } i ? lines[(int)i - 1].Id : null;
            var story = lines[(int)result.StoryKey - 1].Id;
            await writer.WriteLineAsync(JsonSerializer.Serialize(new Dictionary<string, JsonElement?>
            {
                ["id"] = lines[(int)result.Id - 1].Id,
                ["story"] = story,
                ["duplicateOf"] = IdOf(result.Links.DuplicateOf),
                ["versionOf"] = IdOf(result.Links.VersionOf),
                ["syndicatedFrom"] = IdOf(result.Links.SyndicatedFrom),
            }));
        }
        await writer.FlushAsync(ct);
        return lines.Count;
    }

    static Line Parse(string text, int lineNumber, int index)
    {
        JsonElement e;
        try { e = JsonDocument.Parse(text).RootElement; }
        catch (JsonException ex) { throw new UserError($"line {lineNumber}: not JSON ({ex.Message.Split('.')[0]})"); }
        if (e.ValueKind != JsonValueKind.Object) throw new UserError($"line {lineNumber}: not a JSON object");
        if (!e.TryGetProperty("id", out var id) || id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            throw new UserError($"line {lineNumber}: \"id\" (a string or number) is required");
        if (Str(e, "text") is not { } body) throw new UserError($"line {lineNumber}: \"text\" is required");
        DateTimeOffset? published = null;
        if (Str(e, "published") is { } p)
            published = DateTimeOffset.TryParse(p, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t
                : throw new UserError($"line {lineNumber}: \"published\" is not a date: {p}");
        var source = Str(e, "source");
        return new Line(index, id.Clone(), new DedupDocument
        {
            Id = index + 1, ItemKey = id.ToString(), Title = Str(e, "title"), Text = body, Published = published, Source = source, SourceName = source, Url = Str(e, "url"), Language = Str(e, "language"),
        }, Str(e, "language"));
    }

    static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
