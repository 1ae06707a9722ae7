using Caravan.Storage.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>The store contract on an SQLite file in a fresh temporary folder.</summary>
public sealed class SqliteStoreTests : StoreContract
{
    readonly string _dir = Directory.CreateTempSubdirectory("caravan-store-").FullName;

    protected override Task<ICaravanStore> CreateEmptyStoreAsync() =>
        Task.FromResult<ICaravanStore>(new SqliteStore(System.IO.Path.Combine(_dir, "caravan.db")));

    protected override async Task PassLeaseTimeAsync(TimeSpan by)
    {
        await using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={System.IO.Path.Combine(_dir, "caravan.db")}");
        await c.OpenAsync();
        using var cmd = c.CreateCommand();
        // Same text form as StoredTime: SQLite's %f is seconds with milliseconds.
        cmd.CommandText = "UPDATE sources SET lease_expires_at = strftime('%Y-%m-%dT%H:%M:%fZ', lease_expires_at, $by) WHERE lease_expires_at IS NOT NULL";
        cmd.Parameters.AddWithValue("$by", FormattableString.Invariant($"-{by.TotalSeconds:0.000} seconds"));
        await cmd.ExecuteNonQueryAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Migrate_TurnsOnWalMode()
    {
        await using var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={System.IO.Path.Combine(_dir, "caravan.db")}");
        await c.OpenAsync();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await cmd.ExecuteScalarAsync());
    }
}
