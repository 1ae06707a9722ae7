using Caravan.Model;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>SQL for the stories table.</summary>
public sealed partial class PostgresStore
{
    public async Task<Story?> GetStoryAsync(long id, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        // A merged story's id leads to the story it was merged into.
        return (await c.ListAsync("SELECT * FROM stories WHERE id = (SELECT COALESCE(merged_into_id, id) FROM stories WHERE id = @id)",
            StoredRows.Story, ct, null, ("id", id))).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Story>> ListStoriesAsync(StoryQuery q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q);
        var limit = Math.Clamp(q.Limit, 1, StoryQuery.MaxLimit);
        await using var c = await OpenAsync(ct);
        return q.BeforeLastSeen is { } before
            ? await c.ListAsync("""
                SELECT * FROM stories WHERE merged_into_id IS NULL AND (last_seen_at < @before OR (last_seen_at = @before AND id < @beforeId))
                ORDER BY last_seen_at DESC, id DESC LIMIT @limit
                """, StoredRows.Story, ct, null, ("before", before), ("beforeId", q.BeforeId ?? long.MaxValue), ("limit", limit))
            : await c.ListAsync("SELECT * FROM stories WHERE merged_into_id IS NULL ORDER BY last_seen_at DESC, id DESC LIMIT @limit", StoredRows.Story, ct, null, ("limit", limit));
    }

    public async Task<Story> SaveStoryAsync(Story story, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(story);
        await using var c = await OpenAsync(ct);
        (string, object?)[] args =
        [
            ("id", story.Id), ("title", story.Title), ("first", story.FirstArticleId), ("firstSeen", story.FirstSeenAt),
            ("lastSeen", story.LastSeenAt), ("count", story.ArticleCount), ("closed", story.Closed),
        ];
        // RETURNING *: the stored row comes back with the write, one round trip (the linker saves a story per article).
        var saved = story.Id == 0
            ? await c.ListAsync("""
                INSERT INTO stories (title, first_article_id, first_seen_at, last_seen_at, article_count, closed)
                VALUES (@title, @first, @firstSeen, @lastSeen, @count, @closed) RETURNING *
                """, StoredRows.Story, ct, null, args[1..])
            : await c.ListAsync("""
                UPDATE stories SET title = @title, first_article_id = @first, first_seen_at = @firstSeen, last_seen_at = @lastSeen,
                    article_count = @count, closed = @closed WHERE id = @id RETURNING *
                """, StoredRows.Story, ct, null, args);
        return saved.Count == 1 ? saved[0] : throw new ArgumentException($"There is no story {story.Id}.", nameof(story));
    }

    public async Task<IReadOnlyList<StoryReport>> ListStoryReportsAsync(IReadOnlyCollection<long> storyIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(storyIds);
        if (storyIds.Count == 0) return [];
        await using var c = await OpenAsync(ct);
        return await c.ListAsync("""
            SELECT id, story_id, source_id, sort_at, duplicate_of_id, syndicated_from_id, version_of_id, original_outlet FROM articles
            WHERE story_id = ANY(@ids) AND NOT link_only ORDER BY sort_at, id
            """, StoredRows.StoryReport, ct, null, ("ids", storyIds.ToArray()));
    }

}
