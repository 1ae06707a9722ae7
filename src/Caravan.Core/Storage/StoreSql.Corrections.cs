using Caravan.Model;

namespace Caravan.Storage;

/// <summary>Editors' corrections, the same on both providers: tag corrections, story merges and splits.</summary>
static partial class StoreSql
{
    public const string ArticleExists = "SELECT id FROM articles WHERE id = @a";

    /// <summary>An editor's latest word on one tag of one article replaces an earlier one.</summary>
    public const string SaveTagCorrection = """
        INSERT INTO tag_corrections (article_id, kind, value, action, editor, at) VALUES (@a, @kind, @value, @action, @editor, @at)
        ON CONFLICT (article_id, kind, value) DO UPDATE SET action = excluded.action, editor = excluded.editor, at = excluded.at
        """;

    public static (string, object?)[] TagCorrectionArgs(SqlDialect d, TagCorrection correction) =>
    [
        ("a", correction.ArticleId), ("kind", correction.Kind.ToString()), ("value", correction.Value),
        ("action", correction.Action.ToString()), ("editor", correction.Editor), ("at", d.Time(correction.At)),
    ];

    /// <summary>The arguments naming one tag of one article (@a, @kind, @value).</summary>
    public static (string, object?)[] OneTagArgs(long articleId, TagKind kind, string value) =>
        [("a", articleId), ("kind", kind.ToString()), ("value", value)];

    public const string DeleteTag = "DELETE FROM tags WHERE article_id = @a AND kind = @kind AND value = @value";

    public const string DeleteManualTag = "DELETE FROM tags WHERE article_id = @a AND kind = @kind AND value = @value AND manual";

    public const string TagCorrectionAction = "SELECT action FROM tag_corrections WHERE article_id = @a AND kind = @kind AND value = @value";

    public const string DeleteTagCorrection = "DELETE FROM tag_corrections WHERE article_id = @a AND kind = @kind AND value = @value";

    public static string TagCorrectionsOf(SqlDialect d) =>
        $"SELECT * FROM tag_corrections WHERE article_id = @a ORDER BY at, {d.Bytewise("kind")}, {d.Bytewise("value")}";

    /// <summary>After the tagger wrote an article's tags (argument @a): removed tags go again, added ones are (again)
    /// manual. Two statements, run in this order in the caller's transaction.</summary>
    public static readonly string[] ApplyTagCorrections =
    [
        """
        DELETE FROM tags WHERE article_id = @a AND EXISTS (SELECT 1 FROM tag_corrections k
            WHERE k.article_id = tags.article_id AND k.kind = tags.kind AND k.value = tags.value AND k.action = 'Remove')
        """,
        """
        INSERT INTO tags (article_id, kind, value, score, why, manual)
        SELECT article_id, kind, value, 1.0, 'added by ' || editor, true FROM tag_corrections WHERE article_id = @a AND action = 'Add'
        ON CONFLICT (article_id, kind, value) DO UPDATE SET manual = true, score = 1.0, why = excluded.why
        """,
    ];

    /// <summary>Merging needs both stories live (arguments @from, @into): the count is 2.</summary>
    public const string BothStoriesLive = "SELECT COUNT(*) FROM stories WHERE id IN (@from, @into) AND merged_into_id IS NULL";

    /// <summary>A merge, in this order: the reports move, earlier merges into the old story now lead straight to the
    /// new one (one hop, always), and the old story is emptied.</summary>
    public static readonly string[] MergeStory =
    [
        "UPDATE articles SET story_id = @into WHERE story_id = @from",
        "UPDATE stories SET merged_into_id = @into WHERE merged_into_id = @from OR id = @from",
        "UPDATE stories SET article_count = 0 WHERE id = @from",
    ];

    public const string StoryById = "SELECT * FROM stories WHERE id = @id";

    /// <summary>What a split reads of the article (argument @a): its title, sort time and story.</summary>
    public const string ArticleToSplit = "SELECT title, sort_at, story_id FROM articles WHERE id = @a";

    /// <summary>The story a split article starts (arguments @title, @a, @at), and the pin that keeps it there (@s, @a).</summary>
    public const string StartSplitStory = """
        INSERT INTO stories (title, first_article_id, first_seen_at, last_seen_at, article_count, closed)
        VALUES (@title, @a, @at, @at, 1, false) RETURNING id
        """;

    public const string PinArticleToStory = "UPDATE articles SET story_id = @s, story_pinned = true WHERE id = @a";

    /// <summary>A story's count, first and last report, from its articles (argument @s), after reports moved in or out.</summary>
    public const string RecountStory = """
        UPDATE stories SET
            article_count = (SELECT COUNT(*) FROM articles WHERE story_id = @s),
            first_seen_at = COALESCE((SELECT MIN(sort_at) FROM articles WHERE story_id = @s), first_seen_at),
            last_seen_at = COALESCE((SELECT MAX(sort_at) FROM articles WHERE story_id = @s), last_seen_at),
            first_article_id = (SELECT id FROM articles WHERE story_id = @s ORDER BY sort_at, id LIMIT 1)
        WHERE id = @s
        """;
}
