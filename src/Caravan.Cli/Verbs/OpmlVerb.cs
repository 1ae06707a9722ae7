using System.CommandLine;
using Caravan.Model;
using Caravan.Opml;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan opml import FILE` / `caravan opml export [FILE]`.</summary>
internal static class OpmlVerb
{
    public static Command Create() => new("opml", "Import or export OPML 2.0 subscription lists") { Import(), Export() };

    static Command Import()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var file = new Argument<string>("file") { Description = "OPML file to import" };
        var cmd = new Command("import", "Add every feed of an OPML file as a source") { file, db, json };
        cmd.SetAction(async (r, ct) =>
        {
            var path = r.GetValue(file)!;
            if (!File.Exists(path)) throw new UserError($"no such file: {path}");
            IReadOnlyList<OpmlOutline> outlines;
            IReadOnlyList<string> problems;
            try
            {
                await using var s = File.OpenRead(path);
                (outlines, problems) = OpmlDocument.Parse(s);
            }
            catch (InvalidDataException e) { throw new UserError($"{path}: {e.Message}"); }
            foreach (var p in problems) Console.Error.WriteLine($"caravan: warning: {p}");
            await using var store = await CliServices.OpenStoreAsync(r.GetValue(db)!, ct);
            int added = 0;
            foreach (var o in outlines)
            {
                var result = await store.AddSourceAsync(new Source
                {
                    Name = o.Title, FeedUrl = o.FeedUrl, SiteUrl = o.SiteUrl, Kind = o.Kind,
                    CountryHint = o.Country?.ToUpperInvariant(), LanguageHint = o.Language,
                }, ct);
                if (result.IsNew) added++;
            }
            if (r.GetValue(json)) Output.WriteJson(new { outlines = outlines.Count, added, skipped = problems.Count });
            else Console.WriteLine($"imported {outlines.Count} feeds: {added} new, {outlines.Count - added} already present, {problems.Count} skipped");
            return 0;
        });
        return cmd;
    }

    static Command Export()
    {
        var db = CommonOptions.Db();
        var file = new Argument<string?>("file") { Description = "Where to write (default: stdout)", Arity = ArgumentArity.ZeroOrOne };
        var cmd = new Command("export", "Write every source as an OPML 2.0 file") { file, db };
        cmd.SetAction(async (r, ct) =>
        {
            await using var store = await CliServices.OpenStoreAsync(r.GetValue(db)!, ct);
            var xml = OpmlDocument.Write(await store.ListSourcesAsync(ct), CliServices.Time.GetUtcNow());
            var path = r.GetValue(file);
            if (path is null) Console.Out.Write(xml);
            else
            {
                try { await File.WriteAllTextAsync(path, xml, ct); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new UserError($"cannot write {path}: {e.Message}"); }
                Console.Error.WriteLine($"wrote {path}");
            }
            return 0;
        });
        return cmd;
    }
}
