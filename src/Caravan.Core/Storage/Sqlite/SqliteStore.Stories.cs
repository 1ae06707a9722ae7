using Caravan.Model;
using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>SQL for the stories table.</summary>
public sealed partial class SqliteStore
{
    public async Task<Story?> GetStoryAsync(long id, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        // A merged story's id leads to the story it was merged into.
        return (await c.ListAsync("SELECT * FROM stories WHERE id = (SELECT COALESCE(merged_into_id, id) FROM stories WHERE id = $id)",
            StoredRows.Story, ct, null, ("$id", id))).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Story>> ListStoriesAsync(StoryQuery q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q);
        var sql = q.BeforeLastSeen is null
            ? "SELECT * FROM stories WHERE merged_into_id IS NULL ORDER BY last_seen_at DESC, id DESC LIMIT $limit"
            : """
              SELECT * FROM stories WHERE merged_into_id IS NULL AND (last_seen_at < $before OR (last_seen_at = $before AND id < $beforeId))
              ORDER BY last_seen_at DESC, id DESC LIMIT $limit
              """;
        await using var c = await OpenAsync(ct);
        return await c.ListAsync(sql, StoredRows.Story, ct, null, ("$before", StoredTime.ToText(q.BeforeLastSeen)),
            ("$beforeId", q.BeforeId ?? long.MaxValue), ("$limit", Math.Clamp(q.Limit, 1, StoryQuery.MaxLimit)));
    }

    public async Task<Story> SaveStoryAsync(Story story, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(story);
        await using var c = await OpenAsync(ct);
        (string, object?)[] args =
        [
            ("$id", story.Id), ("$title", story.Title), ("$first", story.FirstArticleId), ("$firstSeen", StoredTime.ToText(story.FirstSeenAt)),
            ("$lastSeen", StoredTime.ToText(story.LastSeenAt)), ("$count", story.ArticleCount), ("$closed", story.Closed),
        ];
        long id = story.Id;
        if (id == 0)
            id = await c.ScalarAsync<long>("""
                INSERT INTO stories (title, first_article_id, first_seen_at, last_seen_at, article_count, closed)
                VALUES ($title, $first, $firstSeen, $lastSeen, $count, $closed) RETURNING id
                """, ct, null, args);
        else if (await c.ExecuteAsync("""
                UPDATE stories SET title = $title, first_article_id = $first, first_seen_at = $firstSeen, last_seen_at = $lastSeen,
                    article_count = $count, closed = $closed WHERE id = $id
                """, ct, null, args) == 0)
            throw new ArgumentException($"There is no story {story.Id}.", nameof(story));
        return (await c.ListAsync("SELECT * FROM stories WHERE id = $id", StoredRows.Story, ct, null, ("$id", id))).First();
    }

    public async Task<IReadOnlyList<StoryReport>> ListStoryReportsAsync(IReadOnlyCollection<long> storyIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(storyIds);
        if (storyIds.Count == 0) return [];
        await using var c = await OpenAsync(ct);
        return await c.ListAsync("""
            SELECT id, story_id, source_id, sort_at, duplicate_of_id, syndicated_from_id, version_of_id, original_outlet FROM articles
            WHERE story_id IN (SELECT value FROM json_each($ids)) AND link_only = 0 ORDER BY sort_at, id
            """, StoredRows.StoryReport, ct, null, ("$ids", "[" + string.Join(",", storyIds) + "]"));
    }

}
