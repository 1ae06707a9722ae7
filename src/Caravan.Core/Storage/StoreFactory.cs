using Caravan.Storage.Postgres;
using Caravan.Storage.Sqlite;

namespace Caravan.Storage;

/// <summary>Opens the store a `--db` value names: a file path means SQLite (the default), a `postgres://` URL or `Host=…` string PostgreSQL.</summary>
public static class StoreFactory
{
    public static bool IsPostgres(string db) =>
        db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || db.StartsWith("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens and migrates the store.</summary>
    public static async Task<ICaravanStore> OpenAsync(string db, TimeProvider time, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(db)) throw new ArgumentException("--db needs a path.");
        ICaravanStore store = IsPostgres(db) ? new PostgresStore(db, time) : new SqliteStore(db, time);
        await store.MigrateAsync(ct);
        return store;
    }
}
