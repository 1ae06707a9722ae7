using Caravan.Model;
using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>SQL for editors' corrections: tag corrections, story merges and splits.</summary>
public sealed partial class SqliteStore
{
    public async Task<bool> CorrectTagAsync(TagCorrection correction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(correction);
        ArgumentException.ThrowIfNullOrWhiteSpace(correction.Value);
        await using var c = await OpenAsync(ct);
        await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(ct);
        if (await c.ScalarAsync<long?>("SELECT id FROM articles WHERE id = $a", ct, tx, ("$a", correction.ArticleId)) is null) return false;
        await c.ExecuteAsync("""
            INSERT INTO tag_corrections (article_id, kind, value, action, editor, at) VALUES ($a, $kind, $value, $action, $editor, $at)
            ON CONFLICT (article_id, kind, value) DO UPDATE SET action = excluded.action, editor = excluded.editor, at = excluded.at
            """, ct, tx, ("$a", correction.ArticleId), ("$kind", correction.Kind.ToString()), ("$value", correction.Value),
            ("$action", correction.Action.ToString()), ("$editor", correction.Editor), ("$at", StoredTime.ToText(correction.At)));
        if (correction.Action == TagCorrectionAction.Remove)
            await c.ExecuteAsync("DELETE FROM tags WHERE article_id = $a AND kind = $kind AND value = $value", ct, tx,
                ("$a", correction.ArticleId), ("$kind", correction.Kind.ToString()), ("$value", correction.Value));
        else
            await ApplyTagCorrectionsAsync(c, tx, correction.ArticleId, ct);
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<bool> WithdrawTagCorrectionAsync(long articleId, TagKind kind, string value, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(ct);
        (string, object?)[] args = [("$a", articleId), ("$kind", kind.ToString()), ("$value", value)];
        var action = await c.ScalarAsync<string>("SELECT action FROM tag_corrections WHERE article_id = $a AND kind = $kind AND value = $value", ct, tx, args);
        if (action is null) return false;
        await c.ExecuteAsync("DELETE FROM tag_corrections WHERE article_id = $a AND kind = $kind AND value = $value", ct, tx, args);
        if (action == nameof(TagCorrectionAction.Add))
            await c.ExecuteAsync("DELETE FROM tags WHERE article_id = $a AND kind = $kind AND value = $value AND manual = 1", ct, tx, args);
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<IReadOnlyList<TagCorrection>> ListTagCorrectionsAsync(long articleId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ListAsync("SELECT * FROM tag_corrections WHERE article_id = $a ORDER BY at, kind, value", StoredRows.TagCorrection, ct, null, ("$a", articleId));
    }

    /// <summary>After the tagger wrote an article's tags: removed tags go again, added ones are (again) manual.</summary>
    static async Task ApplyTagCorrectionsAsync(SqliteConnection c, SqliteTransaction tx, long articleId, CancellationToken ct)
    {
        await c.ExecuteAsync("""
            DELETE FROM tags WHERE article_id = $a AND EXISTS (SELECT 1 FROM tag_corrections k
                WHERE k.article_id = tags.article_id AND k.kind = tags.kind AND k.value = tags.value AND k.action = 'Remove')
            """, ct, tx, ("$a", articleId));
        await c.ExecuteAsync("""
            INSERT INTO tags (article_id, kind, value, score, why, manual)
            SELECT article_id, kind, value, 1.0, 'added by ' || editor, 1 FROM tag_corrections WHERE article_id = $a AND action = 'Add'
            ON CONFLICT (article_id, kind, value) DO UPDATE SET manual = 1, score = 1.0, why = excluded.why
            """, ct, tx, ("$a", articleId));
    }

    public async Task<Story?> MergeStoriesAsync(long fromStoryId, long intoStoryId, CancellationToken ct)
    {
        if (fromStoryId == intoStoryId) throw new ArgumentException("A story cannot be merged into itself.", nameof(intoStoryId));
        await using var c = await OpenAsync(ct);
        await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(ct);
        const string live = "SELECT COUNT(*) FROM stories WHERE id IN ($from, $into) AND merged_into_id IS NULL";
        (string, object?)[] args = [("$from", fromStoryId), ("$into", intoStoryId)];
        if (await c.ScalarAsync<long>(live, ct, tx, args) != 2) return null;
        await c.ExecuteAsync("UPDATE articles SET story_id = $into WHERE story_id = $from", ct, tx, args);
        // Earlier merges into the old story now lead straight to the new one: one hop, always.
        await c.ExecuteAsync("UPDATE stories SET merged_into_id = $into WHERE merged_into_id = $from OR id = $from", ct, tx, args);
        await c.ExecuteAsync("UPDATE stories SET article_count = 0 WHERE id = $from", ct, tx, args);
        await RecountStoryAsync(c, tx, intoStoryId, ct);
        await tx.CommitAsync(ct);
        return (await c.ListAsync("SELECT * FROM stories WHERE id = $id", StoredRows.Story, ct, null, ("$id", intoStoryId))).First();
    }

    public async Task<Story?> SplitArticleAsync(long articleId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = (SqliteTransaction)await c.BeginTransactionAsync(ct);
        var article = (await c.ListAsync("SELECT title, sort_at, story_id FROM articles WHERE id = $a",
            r => (Title: r.Str("title"), SortAt: r.Str("sort_at")!, StoryId: r.Long("story_id")), ct, tx, ("$a", articleId))).FirstOrDefault();
        if (article.SortAt is null) return null;
        var storyId = await c.ScalarAsync<long>("""
            INSERT INTO stories (title, first_article_id, first_seen_at, last_seen_at, article_count, closed)
            VALUES ($title, $a, $at, $at, 1, 0) RETURNING id
            """, ct, tx, ("$title", article.Title), ("$a", articleId), ("$at", article.SortAt));
        await c.ExecuteAsync("UPDATE articles SET story_id = $s, story_pinned = 1 WHERE id = $a", ct, tx, ("$s", storyId), ("$a", articleId));
        if (article.StoryId is { } old) await RecountStoryAsync(c, tx, old, ct);
        await tx.CommitAsync(ct);
        return (await c.ListAsync("SELECT * FROM stories WHERE id = $id", StoredRows.Story, ct, null, ("$id", storyId))).First();
    }

    /// <summary>A story's count, first and last report, from its articles (after reports moved in or out).</summary>
    static Task RecountStoryAsync(SqliteConnection c, SqliteTransaction tx, long storyId, CancellationToken ct) =>
        c.ExecuteAsync("""
            UPDATE stories SET
                article_count = (SELECT COUNT(*) FROM articles WHERE story_id = $s),
                first_seen_at = COALESCE((SELECT MIN(sort_at) FROM articles WHERE story_id = $s), first_seen_at),
                last_seen_at = COALESCE((SELECT MAX(sort_at) FROM articles WHERE story_id = $s), last_seen_at),
                first_article_id = (SELECT id FROM articles WHERE story_id = $s ORDER BY sort_at, id LIMIT 1)
            WHERE id = $s
            """, ct, tx, ("$s", storyId));
}
