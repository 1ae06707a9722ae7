using System.CommandLine;
using System.Text;
using Caravan.Tagging;
using Spectre.Console;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan tag FILE|-`: the tags Caravan would give a text, with the evidence for each.</summary>
internal static class TagVerb
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Plain UTF-8 text to tag, or - for standard input" };
        var title = new Option<string?>("--title") { Description = "The article's title (counts more than the body)" };
        var json = CommonOptions.Json();
        var cmd = new Command("tag", "Tag a text: language, countries, places, people, organisations and topics, each with why") { file, title, json };
        cmd.SetAction(async (r, ct) =>
        {
            var text = await ReadAsync(r.GetValue(file)!, ct);
            var result = ArticleTagger.Tag(new TagInput { Title = r.GetValue(title), Text = text });
            if (r.GetValue(json))
            {
                Output.WriteJson(new
                {
                    language = result.Language,
                    countries = result.Countries.Select(c => new { code = c.Code, score = c.Score, why = c.Why }),
                    places = Entities(result.Places),
                    people = Entities(result.People),
                    organisations = Entities(result.Organisations),
                    topics = result.Topics.Select(t => new { name = t.Name, score = t.Score, why = t.Why }),
                });
                return 0;
            }
            var t = new Table().AddColumn("tag").AddColumn("value").AddColumn("why");
            t.AddRow("language", Markup.Escape(result.Language ?? "?"), Markup.Escape(result.LanguageWhy));
            foreach (var c in result.Countries)
                t.AddRow("country", Markup.Escape($"{c.Code} {Countries.FromCode(c.Code)?.Name} {c.Score:0.00}"), Markup.Escape(c.Why));
            foreach (var (kind, list) in new[] { ("place", result.Places), ("person", result.People), ("organisation", result.Organisations) })
                foreach (var e in list) t.AddRow(kind, Markup.Escape($"{e.Name} ({e.Id})"), Markup.Escape(e.Why));
            foreach (var topic in result.Topics) t.AddRow("topic", Markup.Escape($"{topic.Name} {topic.Score:0.00}"), Markup.Escape(topic.Why));
            Output.Stdout.Write(t);
            return 0;
        });
        return cmd;
    }

    static IEnumerable<object> Entities(IReadOnlyList<EntityTag> tags) => tags.Select(e => new { id = e.Id, name = e.Name, why = e.Why });

    static async Task<string> ReadAsync(string path, CancellationToken ct)
    {
        if (path == "-")
        {
            using var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
            return await stdin.ReadToEndAsync(ct);
        }
        if (!File.Exists(path)) throw new UserError($"tag: no such file '{path}'");
        try { return await File.ReadAllTextAsync(path, new UTF8Encoding(false, throwOnInvalidBytes: true), ct); }
        catch (DecoderFallbackException) { throw new UserError($"tag: '{path}' is not UTF-8 text"); }
        catch (IOException e) { throw new UserError($"tag: cannot read '{path}': {e.Message}"); }
    }
}
