using Caravan.Model;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>Bulk writes of links and stories: one transaction for many rows instead of one per row; pins and merges are honoured as in <see cref="SetArticleLinksAsync"/>.</summary>
public sealed partial class PostgresStore
{
    public async Task<int> SetArticleLinksBatchAsync(IReadOnlyList<(long ArticleId, ArticleLinks Links)> updates, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(updates);
        foreach (var (id, links) in updates)
            if (links.DuplicateOfId == id || links.SyndicatedFromId == id || links.VersionOfId == id)
                throw new ArgumentException($"Article {id} cannot be a duplicate or copy of itself.", nameof(updates));
        if (updates.Count == 0) return 0;
        await using var c = await OpenAsync(ct);
        // One batch is one implicit transaction on the server: all rows or none, in one round trip.
        await using var batch = new NpgsqlBatch(c);
        foreach (var (id, links) in updates)
            batch.BatchCommands.Add(PostgresCommands.Statement(StoreSql.SetArticleLinks, StoreSql.ArticleLinksArgs(id, links)));
        await batch.ExecuteNonQueryAsync(ct);
        var set = 0;
        for (var i = 0; i < batch.BatchCommands.Count; i++) set += batch.BatchCommands[i].RecordsAffected;
        return set;
    }

    public async Task<IReadOnlyList<long>> AddStoriesAsync(IReadOnlyList<Story> stories, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stories);
        if (stories.Any(s => s.Id != 0)) throw new ArgumentException("New stories have id 0.", nameof(stories));
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var ids = new List<long>(stories.Count);
        foreach (var story in stories)
            ids.Add(await c.ScalarAsync<long>("""
                INSERT INTO stories (title, first_article_id, first_seen_at, last_seen_at, article_count, closed)
                VALUES (@title, @first, @firstSeen, @lastSeen, @count, @closed) RETURNING id
                """, ct, tx, ("title", story.Title), ("first", story.FirstArticleId), ("firstSeen", story.FirstSeenAt),
                ("lastSeen", story.LastSeenAt), ("count", story.ArticleCount), ("closed", story.Closed)));
        await tx.CommitAsync(ct);
        return ids;
    }
}
