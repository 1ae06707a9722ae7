using System.CommandLine;
using System.Text.Json.Nodes;
using Caravan.Parsing;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan parse FILE... [--json] [--content-type CT] [--url URL]`: parse feed files and print what they hold.</summary>
internal static class ParseVerb
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Feed files to parse (RSS, Atom, JSON Feed; an HTML page gives its feed links)", Arity = ArgumentArity.OneOrMore };
        var json = CommonOptions.Json();
        var contentType = new Option<string?>("--content-type") { Description = "The HTTP Content-Type the body came with (its charset takes part in encoding detection)" };
        var url = new Option<string?>("--url") { Description = "The document URL, the base for relative links" };
        var command = new Command("parse", "Parse feed files and print their items (one JSON object per file with --json)") { files, json, contentType, url };
        command.SetAction(async (ParseResult result, CancellationToken ct) =>
        {
            var paths = result.GetValue(files) ?? [];
            var urlText = result.GetValue(url);
            Uri? documentUrl = null;
            if (urlText is not null && !Uri.TryCreate(urlText, UriKind.Absolute, out documentUrl))
                throw new UserError($"--url: '{urlText}' is not an absolute URL");
            var outputs = new List<JsonObject>();
            var failures = 0;
            foreach (var path in paths)
            {
                byte[] body;
                try
                {
                    body = await File.ReadAllBytesAsync(path, ct);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
                {
                    failures++;
                    Console.Error.WriteLine($"caravan: {path}: {e.Message}");
                    outputs.Add(new JsonObject { ["file"] = path, ["error"] = e.Message });
                    continue;
                }
                var feed = FeedParser.Parse(body, documentUrl, result.GetValue(contentType));
                var output = ParsedFeedJson.ToJson(feed);
                if (paths.Length > 1)
                    output.Insert(0, "file", path);
                outputs.Add(output);
                if (!result.GetValue(json))
                    PrintSummary(path, feed);
            }
            if (result.GetValue(json))
            {
                JsonNode document = paths.Length == 1 ? outputs[0] : new JsonArray([.. outputs]);
                Console.Out.WriteLine(ParsedFeedJson.Serialize(document));
            }
            return failures == 0 ? 0 : 1;
        });
        return command;
    }

    private static void PrintSummary(string path, ParsedFeed feed)
    {
        Console.Out.WriteLine($"{path}: {ParsedFeedJson.FormatName(feed.Format)}, {feed.Items.Count} item(s){(feed.Title is null ? "" : $", \"{feed.Title}\"")}");
        foreach (var link in feed.FeedLinks)
            Console.Out.WriteLine($"  feed link: {link}");
        foreach (var item in feed.Items)
            Console.Out.WriteLine($"  {item.Published?.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'") ?? "                 "}  {item.Title ?? item.Link ?? item.Key}");
        foreach (var problem in feed.Problems)
            Console.Out.WriteLine($"  problem: {problem}");
    }
}
