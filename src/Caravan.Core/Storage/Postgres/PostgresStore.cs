using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>
/// The shared store for scale-out: one PostgreSQL database behind an <see cref="NpgsqlDataSource"/>
/// (pooled connections), used by many worker processes and the web tier at once. Behaves exactly
/// like the SQLite store (the same contract suite runs on both). What both providers do the same way is in
/// <see cref="SqlStore"/>; this provider's own SQL (batched ingest, listings, search, leases) lives in a partial file per table.
/// </summary>
public sealed partial class PostgresStore : SqlStore, ICaravanStore
{
    static readonly SqlDialect Dialect = SqlDialect.Postgres;
    // Any fixed 64-bit number works as long as every Caravan process agrees on it ("caravan" in ASCII).
    const long MigrationLockKey = 0x63_61_72_61_76_61_6E;
    readonly NpgsqlDataSource _db;
    readonly TimeProvider _time;

    /// <param name="connectionString">A `postgres://` URL or an Npgsql `Host=…` string.</param>
    public PostgresStore(string connectionString, TimeProvider? time = null) : base(SqlDialect.Postgres, time)
    {
        _db = NpgsqlDataSource.Create(PostgresConnectionString.From(connectionString));
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The database name, for messages.</summary>
    public string Database => new NpgsqlConnectionStringBuilder(_db.ConnectionString).Database ?? "";

    ValueTask<NpgsqlConnection> OpenAsync(CancellationToken ct) => _db.OpenConnectionAsync(ct);

    private protected override async Task<System.Data.Common.DbConnection> OpenDbAsync(CancellationToken ct) => await OpenAsync(ct);

    /// <summary>A raw connection, for whole-store copies (<see cref="StoreCopy"/>).</summary>
    internal ValueTask<NpgsqlConnection> OpenConnectionAsync(CancellationToken ct) => _db.OpenConnectionAsync(ct);

    /// <summary>
    /// Applies pending migrations under a session advisory lock, so processes starting at once
    /// (four workers and a web tier) take turns: the first applies, the rest find nothing to do.
    /// </summary>
    public async Task MigrateAsync(CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await c.ExecuteAsync("SELECT pg_advisory_lock(@k)", ct, null, ("k", MigrationLockKey));
        try
        {
            await c.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_migrations (version bigint PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)", ct);
            var applied = new HashSet<long>();
            await foreach (var r in c.QueryAsync("SELECT version FROM schema_migrations", ct))
                applied.Add(r.GetInt64(0));
            foreach (var m in Migrations.Load("Caravan.Storage.Postgres.Migrations."))
            {
                if (applied.Contains(m.Version)) continue;
                await using var tx = await c.BeginTransactionAsync(ct);
                await c.ExecuteAsync(m.Sql, ct, tx);
                await c.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @t)", ct, tx,
                    ("v", m.Version), ("n", m.Name), ("t", _time.GetUtcNow()));
                await tx.CommitAsync(ct);
            }
        }
        finally
        {
            await c.ExecuteAsync("SELECT pg_advisory_unlock(@k)", CancellationToken.None, null, ("k", MigrationLockKey));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseLinkerRoleAsync();
        await _db.DisposeAsync();
    }
}
