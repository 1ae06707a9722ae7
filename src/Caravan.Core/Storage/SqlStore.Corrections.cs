using System.Data.Common;
using Caravan.Model;

namespace Caravan.Storage;

/// <summary>Editors' corrections: tag corrections, story merges and splits (statements in <see cref="StoreSql"/>).</summary>
public abstract partial class SqlStore
{
    public async Task<bool> CorrectTagAsync(TagCorrection correction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(correction);
        ArgumentException.ThrowIfNullOrWhiteSpace(correction.Value);
        await using var c = await OpenDbAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        if (await c.ScalarAsync<long?>(Sql, StoreSql.ArticleExists, ct, tx, ("a", correction.ArticleId)) is null) return false;
        await c.ExecuteAsync(Sql, StoreSql.SaveTagCorrection, ct, tx, StoreSql.TagCorrectionArgs(Sql, correction));
        if (correction.Action == TagCorrectionAction.Remove)
            await c.ExecuteAsync(Sql, StoreSql.DeleteTag, ct, tx, StoreSql.OneTagArgs(correction.ArticleId, correction.Kind, correction.Value));
        else
            foreach (var sql in StoreSql.ApplyTagCorrections)
                await c.ExecuteAsync(Sql, sql, ct, tx, ("a", correction.ArticleId));
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<bool> WithdrawTagCorrectionAsync(long articleId, TagKind kind, string value, CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var args = StoreSql.OneTagArgs(articleId, kind, value);
        var action = await c.ScalarAsync<string>(Sql, StoreSql.TagCorrectionAction, ct, tx, args);
        if (action is null) return false;
        await c.ExecuteAsync(Sql, StoreSql.DeleteTagCorrection, ct, tx, args);
        if (action == nameof(TagCorrectionAction.Add))
            await c.ExecuteAsync(Sql, StoreSql.DeleteManualTag, ct, tx, args);
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<IReadOnlyList<TagCorrection>> ListTagCorrectionsAsync(long articleId, CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        return await c.ListAsync(Sql, StoreSql.TagCorrectionsOf(Sql), StoredRows.TagCorrection, ct, null, ("a", articleId));
    }

    public async Task<Story?> MergeStoriesAsync(long fromStoryId, long intoStoryId, CancellationToken ct)
    {
        if (fromStoryId == intoStoryId) throw new ArgumentException("A story cannot be merged into itself.", nameof(intoStoryId));
        await using var c = await OpenDbAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        (string, object?)[] args = [("from", fromStoryId), ("into", intoStoryId)];
        if (await c.ScalarAsync<long>(Sql, StoreSql.BothStoriesLive, ct, tx, args) != 2) return null;
        foreach (var sql in StoreSql.MergeStory)
            await c.ExecuteAsync(Sql, sql, ct, tx, args);
        await RecountStoryAsync(c, tx, intoStoryId, ct);
        await tx.CommitAsync(ct);
        return (await c.ListAsync(Sql, StoreSql.StoryById, StoredRows.Story, ct, null, ("id", intoStoryId))).First();
    }

    public async Task<Story?> SplitArticleAsync(long articleId, CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var article = (await c.ListAsync(Sql, StoreSql.ArticleToSplit,
            r => (Title: StoredRows.Str(r, "title"), SortAt: StoredRows.Time(r, "sort_at"), StoryId: StoredRows.Long(r, "story_id")), ct, tx, ("a", articleId))).FirstOrDefault();
        if (article.SortAt is null) return null;
        var storyId = await c.ScalarAsync<long>(Sql, StoreSql.StartSplitStory, ct, tx, ("title", article.Title), ("a", articleId), ("at", Sql.Time(article.SortAt)));
        await c.ExecuteAsync(Sql, StoreSql.PinArticleToStory, ct, tx, ("s", storyId), ("a", articleId));
        if (article.StoryId is { } old) await RecountStoryAsync(c, tx, old, ct);
        await tx.CommitAsync(ct);
        return (await c.ListAsync(Sql, StoreSql.StoryById, StoredRows.Story, ct, null, ("id", storyId))).First();
    }

    /// <summary>A story's count, first and last report, from its articles (after reports moved in or out).</summary>
    Task RecountStoryAsync(DbConnection c, DbTransaction tx, long storyId, CancellationToken ct) =>
        c.ExecuteAsync(Sql, StoreSql.RecountStory, ct, tx, ("s", storyId));
}
