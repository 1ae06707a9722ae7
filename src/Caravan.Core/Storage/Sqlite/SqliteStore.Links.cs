using Caravan.Model;
using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>Bulk writes of links and stories: one transaction for many rows instead of one per row; pins and merges are honoured as in <see cref="SetArticleLinksAsync"/>.</summary>
public sealed partial class SqliteStore
{
    public async Task<int> SetArticleLinksBatchAsync(IReadOnlyList<(long ArticleId, ArticleLinks Links)> updates, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(updates);
        foreach (var (id, links) in updates)
            if (links.DuplicateOfId == id || links.SyndicatedFromId == id || links.VersionOfId == id)
                throw new ArgumentException($"Article {id} cannot be a duplicate or copy of itself.", nameof(updates));
        await using var c = await OpenAsync(ct);
        await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(ct);
        int set = 0;
        foreach (var (id, links) in updates)
            set += await c.ExecuteAsync(StoreSql.SetArticleLinks, ct, tx, StoreSql.ArticleLinksArgs(id, links));
        await tx.CommitAsync(ct);
        return set;
    }

    public async Task<IReadOnlyList<long>> AddStoriesAsync(IReadOnlyList<Story> stories, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(stories);
        if (stories.Any(s => s.Id != 0)) throw new ArgumentException("New stories have id 0.", nameof(stories));
        await using var c = await OpenAsync(ct);
        await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(ct);
        var ids = new List<long>(stories.Count);
        foreach (var story in stories)
            ids.Add(await c.ScalarAsync<long>("""
                INSERT INTO stories (title, first_article_id, first_seen_at, last_seen_at, article_count, closed)
                VALUES ($title, $first, $firstSeen, $lastSeen, $count, $closed) RETURNING id
                """, ct, tx, ("$title", story.Title), ("$first", story.FirstArticleId), ("$firstSeen", StoredTime.ToText(story.FirstSeenAt)),
                ("$lastSeen", StoredTime.ToText(story.LastSeenAt)), ("$count", story.ArticleCount), ("$closed", story.Closed)));
        await tx.CommitAsync(ct);
        return ids;
    }
}
