using System.CommandLine;

namespace Caravan.Cli.Verbs;

/// <summary>`caravan import --from SOURCE`: fills the empty store (`--db`) with a whole copy of another store of either provider.</summary>
internal static class ImportVerb
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var from = new Option<string>("--from") { Description = "The store to copy: an SQLite path or a PostgreSQL connection", Required = true };
        var cmd = new Command("import", "Fill this empty store with a copy of another (SQLite ⇄ PostgreSQL)") { db, from, json };
        cmd.SetAction(async (r, ct) => await ExportVerb.CopyAsync(r.GetValue(from)!, r.GetValue(db)!, r.GetValue(json), ct));
        return cmd;
    }
}
