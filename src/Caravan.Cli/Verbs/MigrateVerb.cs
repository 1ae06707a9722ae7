using System.CommandLine;

namespace Caravan.Cli.Verbs;

/// <summary>
/// `caravan migrate`: applies the store's pending numbered migrations and exits. Every verb also
/// migrates on start (under a lock on PostgreSQL), so this is for deployments that migrate first.
/// </summary>
internal static class MigrateVerb
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var json = CommonOptions.Json();
        var cmd = new Command("migrate", "Apply pending store migrations (SQLite file or PostgreSQL) and exit") { db, json };
        cmd.SetAction(async (r, ct) =>
        {
            var target = r.GetValue(db)!;
            await using var store = await CliServices.OpenStoreAsync(target, ct);
            await store.MigrateAsync(ct);
            var provider = Storage.StoreFactory.IsPostgres(target) ? "postgres" : "sqlite";
            if (r.GetValue(json)) Output.WriteJson(new { provider, migrated = true });
            else Console.WriteLine($"{provider} store is up to date");
            return 0;
        });
        return cmd;
    }
}
