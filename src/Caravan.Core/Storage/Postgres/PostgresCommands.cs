using System.Runtime.CompilerServices;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>Small ADO.NET conveniences so each store method is its SQL plus parameters (named @like_this).</summary>
static class PostgresCommands
{
    public static NpgsqlCommand Command(this NpgsqlConnection c, string sql, NpgsqlTransaction? tx, params (string Name, object? Value)[] args)
    {
        var cmd = new NpgsqlCommand(sql, c, tx);
        foreach (var (name, value) in args)
            cmd.Parameters.AddWithValue(name, Stored(value));
        return cmd;
    }

    /// <summary>One statement of an <see cref="NpgsqlBatch"/>: many statements, one round trip (and one server wake-up).</summary>
    public static NpgsqlBatchCommand Statement(string sql, params (string Name, object? Value)[] args)
    {
        var cmd = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in args)
            cmd.Parameters.AddWithValue(name, Stored(value));
        return cmd;
    }

    /// <summary>Sends the statements in one round trip; nothing when there are none.</summary>
    public static async Task ExecuteBatchAsync(this NpgsqlConnection c, IReadOnlyList<NpgsqlBatchCommand> statements, NpgsqlTransaction? tx, CancellationToken ct)
    {
        if (statements.Count == 0) return;
        await using var batch = new NpgsqlBatch(c, tx);
        foreach (var s in statements) batch.BatchCommands.Add(s);
        await batch.ExecuteNonQueryAsync(ct);
    }

    // timestamptz wants UTC; the store keeps milliseconds like the SQLite provider, so round-trips compare equal on both.
    internal static object Stored(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset t => new DateTimeOffset(t.UtcTicks - t.UtcTicks % TimeSpan.TicksPerMillisecond, TimeSpan.Zero),
        int i => (long)i,
        _ => value,
    };

    public static async Task<int> ExecuteAsync(this NpgsqlConnection c, string sql, CancellationToken ct, NpgsqlTransaction? tx = null, params (string, object?)[] args)
    {
        await using var cmd = c.Command(sql, tx, args);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    public static async Task<T?> ScalarAsync<T>(this NpgsqlConnection c, string sql, CancellationToken ct, NpgsqlTransaction? tx = null, params (string, object?)[] args)
    {
        await using var cmd = c.Command(sql, tx, args);
        var v = await cmd.ExecuteScalarAsync(ct);
        return v is null or DBNull ? default : (T)Convert.ChangeType(v, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T));
    }

    public static async IAsyncEnumerable<NpgsqlDataReader> QueryAsync(this NpgsqlConnection c, string sql, [EnumeratorCancellation] CancellationToken ct, NpgsqlTransaction? tx = null, params (string, object?)[] args)
    {
        await using var cmd = c.Command(sql, tx, args);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            yield return r;
    }

    public static async Task<List<T>> ListAsync<T>(this NpgsqlConnection c, string sql, Func<NpgsqlDataReader, T> map, CancellationToken ct, NpgsqlTransaction? tx = null, params (string, object?)[] args)
    {
        var list = new List<T>();
        await foreach (var r in c.QueryAsync(sql, ct, tx, args))
            list.Add(map(r));
        return list;
    }

    public static string? Str(this NpgsqlDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetString(i);
    }

    public static long? Long(this NpgsqlDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetInt64(i);
    }

    public static bool Bool(this NpgsqlDataReader r, string column) => r.GetBoolean(r.GetOrdinal(column));

    public static DateTimeOffset Time(this NpgsqlDataReader r, string column) => r.GetFieldValue<DateTimeOffset>(r.GetOrdinal(column));

    public static DateTimeOffset? TimeOrNull(this NpgsqlDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);
    }
}
