using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>Turns a `--db` value (`postgres://user:pass@host:port/db?opt=v` or Npgsql's `Host=…;…`) into an Npgsql connection string.</summary>
public static class PostgresConnectionString
{
    public static string From(string db)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        if (!db.Contains("://", StringComparison.Ordinal))
            return new NpgsqlConnectionStringBuilder(db).ConnectionString;
        // libpq's URI form (PostgreSQL docs §32.1.1.2), which Npgsql itself does not parse.
        if (!Uri.TryCreate(db, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql"))
            throw new ArgumentException($"'{db}' is not a postgres:// URL.");
        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0) b.Port = uri.Port;
        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) b.Database = database;
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2) b.Password = Uri.UnescapeDataString(parts[1]);
        }
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "";
            // libpq spells it sslmode=require; Npgsql accepts the same key and values.
            b[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = value;
        }
        return b.ConnectionString;
    }
}
