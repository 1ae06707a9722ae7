using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>
/// A throwaway database on the server CARAVAN_TEST_PG names, created for one test class and dropped after it,
/// so classes running in parallel never see each other's rows.
/// </summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    public const string Variable = "CARAVAN_TEST_PG";
    string? _name;

    /// <summary>The connection string of the throwaway database (valid after InitializeAsync when the variable is set).</summary>
    public string ConnectionString { get; private set; } = "";

    static string Server => PostgresConnectionString.From(Environment.GetEnvironmentVariable(Variable)!);

    public async Task InitializeAsync()
    {
        if (!SkipWithoutEnvironmentAttribute.IsSet(Variable)) return;
        _name = "caravan_test_" + Guid.NewGuid().ToString("N");
        await using (var c = new NpgsqlConnection(Server))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {_name}", c);
            await cmd.ExecuteNonQueryAsync();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(Server) { Database = _name }.ConnectionString;
    }

    /// <summary>Empties every table and restarts the ids, so each test starts from a fresh store.</summary>
    public async Task TruncateAsync()
    {
        await using var c = new NpgsqlConnection(ConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            DO $$ DECLARE t text; BEGIN
              FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations' LOOP
                EXECUTE format('TRUNCATE %I RESTART IDENTITY CASCADE', t);
              END LOOP;
            END $$;
            """, c);
        await cmd.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync()
    {
        if (_name is null) return;
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(Server);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", c);
        await cmd.ExecuteNonQueryAsync();
    }
}
