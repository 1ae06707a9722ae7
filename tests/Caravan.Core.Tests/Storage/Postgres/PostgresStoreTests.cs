using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>
/// The store contract on PostgreSQL: one throwaway database for the class (created and dropped by
/// <see cref="PostgresDatabase"/>), emptied before each test. Skipped, with the reason shown, when
/// CARAVAN_TEST_PG is unset; .ci/run sets it and fails on any skip.
/// </summary>
[SkipWithoutEnvironment(PostgresDatabase.Variable)]
public sealed class PostgresStoreTests(PostgresDatabase database) : StoreContract, IClassFixture<PostgresDatabase>
{
    protected override async Task<ICaravanStore> CreateEmptyStoreAsync()
    {
        var store = new PostgresStore(database.ConnectionString);
        await store.MigrateAsync(Ct);
        await database.TruncateAsync();
        return store;
    }

    protected override async Task PassLeaseTimeAsync(TimeSpan by)
    {
        await using var c = new NpgsqlConnection(database.ConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("UPDATE sources SET lease_expires_at = lease_expires_at - @by WHERE lease_expires_at IS NOT NULL", c);
        cmd.Parameters.AddWithValue("by", by);
        await cmd.ExecuteNonQueryAsync();
    }

    [PostgresFact]
    public async Task TryHoldLinkerRole_OneStoreAtATime_PassesOnWhenTheHolderCloses()
    {
        var holder = new PostgresStore(database.ConnectionString);
        await using var other = new PostgresStore(database.ConnectionString);
        Assert.True(await holder.TryHoldLinkerRoleAsync(Ct));
        Assert.False(await other.TryHoldLinkerRoleAsync(Ct));
        Assert.False(await other.TryHoldLinkerRoleAsync(Ct));
        await holder.DisposeAsync(); // as a process exit (or SIGKILL) ends the session
        Assert.True(await other.TryHoldLinkerRoleAsync(Ct));
    }

    [PostgresFact]
    public async Task Migrate_FromManyStoresAtOnce_AppliesEachMigrationOnce()
    {
        var stores = Enumerable.Range(0, 6).Select(_ => new PostgresStore(database.ConnectionString)).ToList();
        await Task.WhenAll(stores.Select(s => s.MigrateAsync(Ct)));
        foreach (var s in stores) await s.DisposeAsync();
        await using var c = new NpgsqlConnection(database.ConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_migrations", c);
        await using var r = await cmd.ExecuteReaderAsync();
        await r.ReadAsync();
        Assert.Equal(r.GetInt64(1), r.GetInt64(0));
        Assert.True(r.GetInt64(0) >= 1);
    }

    [PostgresFact]
    public async Task Search_UsesTheGinIndexOnTheGeneratedVector()
    {
        await using var c = new NpgsqlConnection(database.ConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_articles_search'", c);
        Assert.Contains("USING gin (search)", (string?)await cmd.ExecuteScalarAsync());
    }
}
