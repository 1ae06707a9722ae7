namespace Caravan.Storage;

/// <summary>The stories table's statements, the same on both providers.</summary>
static partial class StoreSql
{
    /// <summary>A story by id; a merged story's id leads to the story it was merged into.</summary>
    public const string LiveStoryById = "SELECT * FROM stories WHERE id = (SELECT COALESCE(merged_into_id, id) FROM stories WHERE id = @id)";

    /// <summary>Live stories, most recently active first, from the start or after a cursor (@before, @beforeId).</summary>
    public const string RecentStories = "SELECT * FROM stories WHERE merged_into_id IS NULL ORDER BY last_seen_at DESC, id DESC LIMIT @limit";

    public const string RecentStoriesBefore = """
        SELECT * FROM stories WHERE merged_into_id IS NULL AND (last_seen_at < @before OR (last_seen_at = @before AND id < @beforeId))
        ORDER BY last_seen_at DESC, id DESC LIMIT @limit
        """;

    /// <summary>RETURNING *: the stored row comes back with the write, one round trip (the linker saves a story per article).</summary>
    public const string InsertStory = """
        INSERT INTO stories (title, first_article_id, first_seen_at, last_seen_at, article_count, closed)
        VALUES (@title, @first, @firstSeen, @lastSeen, @count, @closed) RETURNING *
        """;

    public const string UpdateStory = """
        UPDATE stories SET title = @title, first_article_id = @first, first_seen_at = @firstSeen, last_seen_at = @lastSeen,
            article_count = @count, closed = @closed WHERE id = @id RETURNING *
        """;

    public static (string, object?)[] StoryArgs(SqlDialect d, Model.Story story) =>
    [
        ("title", story.Title), ("first", story.FirstArticleId), ("firstSeen", d.Time(story.FirstSeenAt)),
        ("lastSeen", d.Time(story.LastSeenAt)), ("count", story.ArticleCount), ("closed", story.Closed),
    ];

    /// <summary>The published reports of many stories, in report order.</summary>
    public static string StoryReports(SqlDialect d) => $"""
        SELECT id, story_id, source_id, sort_at, duplicate_of_id, syndicated_from_id, version_of_id, original_outlet FROM articles
        WHERE {d.InIds("story_id", "@ids")} AND NOT link_only ORDER BY sort_at, id
        """;
}
