using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with foreign keys and a busy timeout.
/// Each call opens a pooled connection; each ingest batch is one IMMEDIATE transaction.
/// What both providers do the same way is in <see cref="SqlStore"/>; this provider's own SQL (ingest, listings,
/// search, leases) lives in a partial file per table.
/// </summary>
public sealed partial class SqliteStore : SqlStore, ICaravanStore
{
    static readonly SqlDialect Dialect = SqlDialect.Sqlite;
    readonly string _connectionString;
    readonly TimeProvider _time;

    public SqliteStore(string path, TimeProvider? time = null) : base(SqlDialect.Sqlite, time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _time = time ?? TimeProvider.System;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The absolute path of the database file.</summary>
    public string Path { get; }

    /// <summary>A raw connection, for whole-store copies (<see cref="StoreCopy"/>).</summary>
    internal Task<SqliteConnection> OpenConnectionAsync(CancellationToken ct) => OpenAsync(ct);

    private protected override async Task<System.Data.Common.DbConnection> OpenDbAsync(CancellationToken ct) => await OpenAsync(ct);

    async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var c = new SqliteConnection(_connectionString);
        await c.OpenAsync(ct);
        using var pragma = c.CreateCommand();
        // Another process (a worker, the web tier) may hold the write lock for a moment: wait, don't fail.
        pragma.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL;";
        await pragma.ExecuteNonQueryAsync(ct);
        return c;
    }

    public async Task MigrateAsync(CancellationToken ct)
    {
        var dir = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        await using var c = await OpenAsync(ct);
        await c.ExecuteAsync("PRAGMA journal_mode = WAL;", ct);
        await c.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL);", ct);
        var applied = new HashSet<long>();
        await foreach (var r in c.QueryAsync("SELECT version FROM schema_migrations", ct))
            applied.Add(r.GetInt64(0));
        foreach (var m in Migrations.Load("Caravan.Storage.Sqlite.Migrations."))
        {
            if (applied.Contains(m.Version)) continue;
            await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(ct);
            await c.ExecuteAsync(m.Sql, ct, tx);
            await c.ExecuteAsync("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $n, $t)", ct, tx,
                ("$v", m.Version), ("$n", m.Name), ("$t", StoredTime.ToText(_time.GetUtcNow())));
            await tx.CommitAsync(ct);
        }
    }

    public ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

}
