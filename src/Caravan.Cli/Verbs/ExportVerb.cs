using System.CommandLine;
using Caravan.Storage;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan export --to TARGET`: copies the whole store (`--db`) into an empty store of either provider, ids and links kept.</summary>
internal static class ExportVerb
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var to = new Option<string>("--to") { Description = "The empty target store: an SQLite path or a PostgreSQL connection", Required = true };
        var cmd = new Command("export", "Copy the whole store into another, empty one (SQLite ⇄ PostgreSQL)") { db, to, json };
        cmd.SetAction(async (r, ct) => await CopyAsync(r.GetValue(db)!, r.GetValue(to)!, r.GetValue(json), ct));
        return cmd;
    }

    /// <summary>Shared by export and import: the same copy, named from either end.</summary>
    internal static async Task<int> CopyAsync(string from, string to, bool json, CancellationToken ct)
    {
        await using var source = await CliServices.OpenStoreAsync(from, ct);
        await using var target = await CliServices.OpenStoreAsync(to, ct);
        CopyCounts counts;
        try { counts = await StoreCopy.CopyAsync(source, target, ct); }
        catch (ArgumentException e) { throw new UserError($"cannot copy into '{to}': {e.Message}"); }
        if (json) Output.WriteJson(counts.Rows);
        else Console.WriteLine(string.Join(", ", counts.Rows.Where(kv => kv.Key != "article_links").Select(kv => $"{kv.Value} {kv.Key}")) + " copied");
        return 0;
    }
}
