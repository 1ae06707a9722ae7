using Caravan.Storage.Postgres;
using Npgsql;

namespace Caravan.Cli.TestSupport;

/// <summary>A test that needs a PostgreSQL server: skipped, with the reason shown, when CARAVAN_TEST_PG is unset.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresTestDatabase.Variable)))
            Skip = $"{PostgresTestDatabase.Variable} is not set: no PostgreSQL server to test against (.ci/start-postgres starts one)";
    }
}

/// <summary>A throwaway database on the CARAVAN_TEST_PG server, dropped on dispose.</summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string Variable = "CARAVAN_TEST_PG";
    readonly string _name = "caravan_cli_" + Guid.NewGuid().ToString("N");

    static string Server => PostgresConnectionString.From(Environment.GetEnvironmentVariable(Variable)!);

    /// <summary>The database's connection string, as `--db` takes it.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = _name }.ConnectionString;

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var db = new PostgresTestDatabase();
        await db.ExecuteOnServerAsync($"CREATE DATABASE {db._name}");
        return db;
    }

    /// <summary>Rows of a query, each as its columns' text.</summary>
    public async Task<List<string>> RowsAsync(string sql)
    {
        await using var c = new NpgsqlConnection(ConnectionString);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        await using var r = await cmd.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await r.ReadAsync())
            rows.Add(string.Join(" | ", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "∅" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }

    async Task ExecuteOnServerAsync(string sql)
    {
        await using var c = new NpgsqlConnection(Server);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }
}
