using Caravan.Model;

namespace Caravan.Storage;

/// <summary>The fetch_attempts table and the store-wide counts (statements in <see cref="StoreSql"/>); attempts are
/// written in each provider's ingest batch.</summary>
public abstract partial class SqlStore
{
    public async Task<IReadOnlyList<FetchAttempt>> ListFetchAttemptsAsync(long sourceId, int limit, CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        return await c.ListAsync(Sql, StoreSql.FetchAttemptsOf, StoredRows.FetchAttempt, ct, null, ("s", sourceId), ("limit", Math.Clamp(limit, 1, 1000)));
    }

    public async Task<StoreStats> GetStatsAsync(CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        var tags = await c.ListAsync(Sql, StoreSql.TagCountsByKind(Sql), r => (r.GetString(0), (int)r.GetInt64(1)), ct);
        return new StoreStats
        {
            Sources = await c.ScalarAsync<int>(Sql, "SELECT COUNT(*) FROM sources", ct),
            FailingSources = await c.ScalarAsync<int>(Sql, "SELECT COUNT(*) FROM sources WHERE consecutive_failures > 0 OR broken", ct),
            Articles = await c.ScalarAsync<int>(Sql, "SELECT COUNT(*) FROM articles", ct),
            Versions = await c.ScalarAsync<int>(Sql, "SELECT COUNT(*) FROM article_versions WHERE version > 1", ct),
            Stories = await c.ScalarAsync<int>(Sql, "SELECT COUNT(*) FROM stories WHERE merged_into_id IS NULL", ct),
            SizeBytes = await c.ScalarAsync<long>(Sql, Sql.DatabaseSize, ct),
            Tags = tags.ToDictionary(t => t.Item1.ToLowerInvariant(), t => t.Item2),
        };
    }
}
