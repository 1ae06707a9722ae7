using System.Data.Common;
using Caravan.Storage.Postgres;
using Caravan.Storage.Sqlite;

namespace Caravan.Storage;

/// <summary>How many rows of each table a copy moved.</summary>
public sealed record CopyCounts(IReadOnlyDictionary<string, int> Rows);

/// <summary>
/// Moves a whole store into an empty one, ids and links included, between any two providers
/// (`caravan export`/`import`: SQLite to PostgreSQL and back). Both schemas share table and column
/// names; only the representation of times (text vs timestamptz) and flags (0/1 vs boolean) differs,
/// so each value is read into .NET form and written in the target's.
/// </summary>
public static class StoreCopy
{
    enum Kind { Text, Long, Double, Bool, Time }

    // Table order respects foreign keys; article links are written in a second pass (they point at any article).
    static readonly (string Table, (string Column, Kind Kind)[] Columns)[] Tables =
    [
        ("sources", [("id", Kind.Long), ("name", Kind.Text), ("site_url", Kind.Text), ("feed_url", Kind.Text), ("kind", Kind.Text),
            ("country_hint", Kind.Text), ("language_hint", Kind.Text), ("enabled", Kind.Bool), ("etag", Kind.Text), ("last_modified", Kind.Text),
            ("last_attempt_at", Kind.Time), ("last_success_at", Kind.Time), ("next_check_at", Kind.Time), ("consecutive_failures", Kind.Long),
            ("last_error", Kind.Text), ("broken", Kind.Bool), ("disabled_reason", Kind.Text), ("pending_redirect", Kind.Text),
            ("pending_redirect_count", Kind.Long), ("lease_owner", Kind.Text), ("lease_expires_at", Kind.Time), ("created_at", Kind.Time), ("refresh_interval_minutes", Kind.Long)]),
        ("stories", [("id", Kind.Long), ("title", Kind.Text), ("first_article_id", Kind.Long), ("first_seen_at", Kind.Time),
            ("last_seen_at", Kind.Time), ("article_count", Kind.Long), ("closed", Kind.Bool)]),
        ("articles", [("id", Kind.Long), ("source_id", Kind.Long), ("item_key", Kind.Text), ("guid", Kind.Text), ("url", Kind.Text),
            ("title", Kind.Text), ("byline", Kind.Text), ("published_at", Kind.Time), ("updated_at", Kind.Time), ("first_seen_at", Kind.Time),
            ("sort_at", Kind.Time), ("language", Kind.Text), ("text", Kind.Text), ("html", Kind.Text), ("summary", Kind.Text),
            ("image_url", Kind.Text), ("image_credit", Kind.Text), ("dateline", Kind.Text), ("content_hash", Kind.Text), ("version", Kind.Long),
            ("is_teaser", Kind.Bool), ("link_only", Kind.Bool), ("original_outlet", Kind.Text), ("original_url", Kind.Text), ("simhash", Kind.Long), ("story_pinned", Kind.Bool)]),
        ("article_links", [("id", Kind.Long), ("duplicate_of_id", Kind.Long), ("syndicated_from_id", Kind.Long), ("story_id", Kind.Long),
            ("version_of_id", Kind.Long)]),
        ("article_versions", [("id", Kind.Long), ("article_id", Kind.Long), ("version", Kind.Long), ("title", Kind.Text), ("text", Kind.Text),
            ("content_hash", Kind.Text), ("seen_at", Kind.Time), ("diff", Kind.Text)]),
        ("tags", [("id", Kind.Long), ("article_id", Kind.Long), ("kind", Kind.Text), ("value", Kind.Text), ("score", Kind.Double),
            ("why", Kind.Text), ("manual", Kind.Bool)]),
        ("story_merges", [("id", Kind.Long), ("merged_into_id", Kind.Long)]),
        ("tag_corrections", [("article_id", Kind.Long), ("kind", Kind.Text), ("value", Kind.Text), ("action", Kind.Text),
            ("editor", Kind.Text), ("at", Kind.Time)]),
        ("fetch_attempts", [("id", Kind.Long), ("source_id", Kind.Long), ("at", Kind.Time), ("status", Kind.Text), ("http_status", Kind.Long),
            ("duration_ms", Kind.Double), ("bytes", Kind.Long), ("items_seen", Kind.Long), ("items_new", Kind.Long), ("error", Kind.Text)]),
    ];

    /// <summary>Copies every row of <paramref name="from"/> into <paramref name="to"/>, which must be empty, in one transaction.</summary>
    public static async Task<CopyCounts> CopyAsync(ICaravanStore from, ICaravanStore to, CancellationToken ct)
    {
        await from.MigrateAsync(ct);
        await to.MigrateAsync(ct);
        await using var src = await OpenAsync(from, ct);
        await using var dst = await OpenAsync(to, ct);
        var toPostgres = to is PostgresStore;
        await using var tx = await dst.BeginTransactionAsync(ct);
        await using (var check = dst.CreateCommand())
        {
            check.Transaction = tx;
            check.CommandText = "SELECT COUNT(*) FROM sources";
            if (Convert.ToInt64(await check.ExecuteScalarAsync(ct)) != 0) throw new ArgumentException("The target store is not empty.");
        }
        var counts = new Dictionary<string, int>();
        foreach (var (table, columns) in Tables)
        {
            var links = table == "article_links";
            var merges = table == "story_merges";
            var names = string.Join(", ", columns.Select(c => c.Column));
            await using var read = src.CreateCommand();
            // Editors' merges are written once every story is there (they point at any story); rows keep their first column's order.
            read.CommandText = $"SELECT {names} FROM {(links ? "articles" : merges ? "stories" : table)}{(merges ? " WHERE merged_into_id IS NOT NULL" : "")} ORDER BY {columns[0].Column}";
            await using var write = dst.CreateCommand();
            write.Transaction = tx;
            write.CommandText = merges ? "UPDATE stories SET merged_into_id = @merged_into_id WHERE id = @id"
                : links
                ? "UPDATE articles SET duplicate_of_id = @duplicate_of_id, syndicated_from_id = @syndicated_from_id, story_id = @story_id, version_of_id = @version_of_id WHERE id = @id"
                : $"INSERT INTO {table} ({names}) VALUES ({string.Join(", ", columns.Select(c => "@" + c.Column))})";
            await using var r = await read.ExecuteReaderAsync(ct);
            var n = 0;
            while (await r.ReadAsync(ct))
            {
                write.Parameters.Clear();
                for (int i = 0; i < columns.Length; i++)
                {
                    var p = write.CreateParameter();
                    p.ParameterName = "@" + columns[i].Column;
                    p.Value = Write(Read(r, i, columns[i].Kind), toPostgres);
                    write.Parameters.Add(p);
                }
                await write.ExecuteNonQueryAsync(ct);
                n++;
            }
            counts[table] = n;
        }
        if (toPostgres)
            foreach (var table in Tables.Select(t => t.Table).Where(t => t is not ("article_links" or "story_merges" or "tag_corrections")))
            {
                // Rows came with their ids; move each identity past them so new rows do not collide.
                await using var seq = dst.CreateCommand();
                seq.Transaction = tx;
                seq.CommandText = $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)";
                await seq.ExecuteNonQueryAsync(ct);
            }
        await tx.CommitAsync(ct);
        return new CopyCounts(counts);
    }

    static object? Read(DbDataReader r, int i, Kind kind)
    {
        if (r.IsDBNull(i)) return null;
        var v = r.GetValue(i);
        return kind switch
        {
            Kind.Time => v is string s ? StoredTime.Parse(s) : v is DateTime d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : (DateTimeOffset)v,
            Kind.Bool => v is bool b ? b : Convert.ToInt64(v) != 0,
            Kind.Long => Convert.ToInt64(v),
            Kind.Double => Convert.ToDouble(v),
            _ => Convert.ToString(v),
        };
    }

    static object Write(object? v, bool toPostgres) => v switch
    {
        null => DBNull.Value,
        DateTimeOffset t => toPostgres ? t.ToUniversalTime() : StoredTime.ToText(t),
        bool b => toPostgres ? b : (b ? 1L : 0L),
        _ => v,
    };

    static async Task<DbConnection> OpenAsync(ICaravanStore store, CancellationToken ct) => store switch
    {
        SqliteStore s => await s.OpenConnectionAsync(ct),
        PostgresStore p => await p.OpenConnectionAsync(ct),
        _ => throw new NotSupportedException($"Cannot copy a {store.GetType().Name}."),
    };
}
