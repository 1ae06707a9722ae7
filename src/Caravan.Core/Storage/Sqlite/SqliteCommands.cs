using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>Small ADO.NET conveniences so each store method is its SQL plus parameters.</summary>
static class SqliteCommands
{
    public static SqliteCommand Command(this SqliteConnection c, string sql, SqliteTransaction? tx, params (string Name, object? Value)[] args)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in args)
            // Shared statements (StoreSql) name parameters @like_this and pass the bare name.
            cmd.Parameters.AddWithValue(name.Length > 0 && name[0] is '$' or '@' or ':' ? name : "@" + name, value ?? DBNull.Value);
        return cmd;
    }

    public static async Task<int> ExecuteAsync(this SqliteConnection c, string sql, CancellationToken ct, SqliteTransaction? tx = null, params (string, object?)[] args)
    {
        await using var cmd = c.Command(sql, tx, args);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    public static async Task<T?> ScalarAsync<T>(this SqliteConnection c, string sql, CancellationToken ct, SqliteTransaction? tx = null, params (string, object?)[] args)
    {
        await using var cmd = c.Command(sql, tx, args);
        var v = await cmd.ExecuteScalarAsync(ct);
        return v is null or DBNull ? default : (T)Convert.ChangeType(v, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T));
    }

    public static async IAsyncEnumerable<SqliteDataReader> QueryAsync(this SqliteConnection c, string sql, [EnumeratorCancellation] CancellationToken ct, SqliteTransaction? tx = null, params (string, object?)[] args)
    {
        await using var cmd = c.Command(sql, tx, args);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            yield return r;
    }

    public static async Task<List<T>> ListAsync<T>(this SqliteConnection c, string sql, Func<SqliteDataReader, T> map, CancellationToken ct, SqliteTransaction? tx = null, params (string, object?)[] args)
    {
        var list = new List<T>();
        await foreach (var r in c.QueryAsync(sql, ct, tx, args))
            list.Add(map(r));
        return list;
    }

    public static string? Str(this SqliteDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetString(i);
    }

    public static long? Long(this SqliteDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetInt64(i);
    }

    public static bool Bool(this SqliteDataReader r, string column) => r.GetInt64(r.GetOrdinal(column)) != 0;
}
