using Caravan.Model;
using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>SQL for the fetch_attempts table and the store-wide counts.</summary>
public sealed partial class SqliteStore
{
    public async Task<IReadOnlyList<FetchAttempt>> ListFetchAttemptsAsync(long sourceId, int limit, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ListAsync("SELECT * FROM fetch_attempts WHERE source_id = $s ORDER BY at DESC, id DESC LIMIT $limit",
            StoredRows.FetchAttempt, ct, null, ("$s", sourceId), ("$limit", Math.Clamp(limit, 1, 1000)));
    }

    public async Task<StoreStats> GetStatsAsync(CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        var tags = await c.ListAsync("SELECT kind, COUNT(*) FROM tags GROUP BY kind ORDER BY kind",
            r => (r.GetString(0), (int)r.GetInt64(1)), ct);
        return new StoreStats
        {
            Sources = await c.ScalarAsync<int>("SELECT COUNT(*) FROM sources", ct),
            FailingSources = await c.ScalarAsync<int>("SELECT COUNT(*) FROM sources WHERE consecutive_failures > 0 OR broken = 1", ct),
            Articles = await c.ScalarAsync<int>("SELECT COUNT(*) FROM articles", ct),
            Versions = await c.ScalarAsync<int>("SELECT COUNT(*) FROM article_versions WHERE version > 1", ct),
            Stories = await c.ScalarAsync<int>("SELECT COUNT(*) FROM stories WHERE merged_into_id IS NULL", ct),
            SizeBytes = await c.ScalarAsync<long>("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()", ct),
            Tags = tags.ToDictionary(t => t.Item1.ToLowerInvariant(), t => t.Item2),
        };
    }

    static Task InsertAttemptAsync(SqliteConnection c, SqliteTransaction tx, long sourceId, FetchAttempt a, CancellationToken ct) =>
        c.ExecuteAsync("""
            INSERT INTO fetch_attempts (source_id, at, status, http_status, duration_ms, bytes, items_seen, items_new, error)
            VALUES ($s, $at, $status, $http, $ms, $bytes, $seen, $new, $error)
            """, ct, tx, ("$s", sourceId), ("$at", StoredTime.ToText(a.At)), ("$status", a.Status), ("$http", a.HttpStatus),
            ("$ms", a.DurationMs), ("$bytes", a.Bytes), ("$seen", a.ItemsSeen), ("$new", a.ItemsNew), ("$error", a.Error));
}
