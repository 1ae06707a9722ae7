using Caravan.Storage.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>The store contract on an SQLite file in a fresh temporary folder.</summary>
public sealed class SqliteStoreTests : StoreContract
{
    readonly string _dir = Directory.CreateTempSubdirectory("caravan-store-").FullName;

    protected override Task<ICaravanStore> CreateEmptyStoreAsync() =>
        Task.FromResult<ICaravanStore>(new SqliteStore(System.IO.Path.Combine(_dir, "caravan.db")));

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
