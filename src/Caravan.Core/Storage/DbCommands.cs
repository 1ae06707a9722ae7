using System.Data.Common;

namespace Caravan.Storage;

/// <summary>Provider-neutral ADO.NET conveniences for the statements both stores share (<see cref="SqlStore"/>):
/// each method is its SQL plus parameters, bound through the provider's <see cref="SqlDialect"/>.</summary>
static class DbCommands
{
    static DbCommand Command(DbConnection c, SqlDialect d, string sql, DbTransaction? tx, (string Name, object? Value)[] args)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in args)
            d.Bind(cmd, name, value);
        return cmd;
    }

    public static async Task<int> ExecuteAsync(this DbConnection c, SqlDialect d, string sql, CancellationToken ct, DbTransaction? tx = null, params (string, object?)[] args)
    {
        await using var cmd = Command(c, d, sql, tx, args);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    public static async Task<T?> ScalarAsync<T>(this DbConnection c, SqlDialect d, string sql, CancellationToken ct, DbTransaction? tx = null, params (string, object?)[] args)
    {
        await using var cmd = Command(c, d, sql, tx, args);
        var v = await cmd.ExecuteScalarAsync(ct);
        return v is null or DBNull ? default : (T)Convert.ChangeType(v, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<List<T>> ListAsync<T>(this DbConnection c, SqlDialect d, string sql, Func<DbDataReader, T> map, CancellationToken ct, DbTransaction? tx = null, params (string, object?)[] args)
    {
        await using var cmd = Command(c, d, sql, tx, args);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<T>();
        while (await r.ReadAsync(ct))
            list.Add(map(r));
        return list;
    }
}
