using System.CommandLine;
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
            await using var store = await CliServices.OpenStoreAsync(r.GetValue(db)!, ct);
            OpmlImportResult result;
            try
            {
                await using var s = File.OpenRead(path);
                result = await OpmlImporter.ImportAsync(s, store, ct);
            }
            catch (InvalidDataException e) { throw new UserError($"{path}: {e.Message}"); }
            foreach (var p in result.Problems) Console.Error.WriteLine($"caravan: warning: {p}");
            if (r.GetValue(json)) Output.WriteJson(new { outlines = result.Outlines, added = result.Added, skipped = result.Problems.Count });
            else Console.WriteLine($"imported {result.Outlines} feeds: {result.Added} new, {result.AlreadyPresent} already present, {result.Problems.Count} skipped");
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
