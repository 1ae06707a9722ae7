using Caravan.Model;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>Editors' corrections: tag corrections, story merges and splits (statements in <see cref="StoreSql"/>).</summary>
public sealed partial class PostgresStore
{
    public async Task<bool> CorrectTagAsync(TagCorrection correction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(correction);
        ArgumentException.ThrowIfNullOrWhiteSpace(correction.Value);
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        if (await c.ScalarAsync<long?>(StoreSql.ArticleExists, ct, tx, ("a", correction.ArticleId)) is null) return false;
        await c.ExecuteAsync(StoreSql.SaveTagCorrection, ct, tx, StoreSql.TagCorrectionArgs(Dialect, correction));
        if (correction.Action == TagCorrectionAction.Remove)
            await c.ExecuteAsync(StoreSql.DeleteTag, ct, tx, StoreSql.OneTagArgs(correction.ArticleId, correction.Kind, correction.Value));
        else
            await c.ExecuteBatchAsync(ApplyTagCorrectionsStatements(correction.ArticleId), tx, ct);
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<bool> WithdrawTagCorrectionAsync(long articleId, TagKind kind, string value, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var args = StoreSql.OneTagArgs(articleId, kind, value);
        var action = await c.ScalarAsync<string>(StoreSql.TagCorrectionAction, ct, tx, args);
        if (action is null) return false;
        await c.ExecuteAsync(StoreSql.DeleteTagCorrection, ct, tx, args);
        if (action == nameof(TagCorrectionAction.Add))
            await c.ExecuteAsync(StoreSql.DeleteManualTag, ct, tx, args);
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<IReadOnlyList<TagCorrection>> ListTagCorrectionsAsync(long articleId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ListAsync(StoreSql.TagCorrectionsOf(Dialect), StoredRows.TagCorrection, ct, null, ("a", articleId));
    }

    /// <summary>After the tagger wrote an article's tags: removed tags go again, added ones are (again) manual.</summary>
    static NpgsqlBatchCommand[] ApplyTagCorrectionsStatements(long articleId) =>
        [.. StoreSql.ApplyTagCorrections.Select(sql => PostgresCommands.Statement(sql, ("a", articleId)))];

    public async Task<Story?> MergeStoriesAsync(long fromStoryId, long intoStoryId, CancellationToken ct)
    {
        if (fromStoryId == intoStoryId) throw new ArgumentException("A story cannot be merged into itself.", nameof(intoStoryId));
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        (string, object?)[] args = [("from", fromStoryId), ("into", intoStoryId)];
        if (await c.ScalarAsync<long>(StoreSql.BothStoriesLive, ct, tx, args) != 2) return null;
        foreach (var sql in StoreSql.MergeStory)
            await c.ExecuteAsync(sql, ct, tx, args);
        await RecountStoryAsync(c, tx, intoStoryId, ct);
        await tx.CommitAsync(ct);
        return (await c.ListAsync(StoreSql.StoryById, StoredRows.Story, ct, null, ("id", intoStoryId))).First();
    }

    public async Task<Story?> SplitArticleAsync(long articleId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        var article = (await c.ListAsync(StoreSql.ArticleToSplit,
            r => (Title: r.Str("title"), SortAt: (DateTimeOffset?)r.Time("sort_at"), StoryId: r.Long("story_id")), ct, tx, ("a", articleId))).FirstOrDefault();
        if (article.SortAt is null) return null;
        var storyId = await c.ScalarAsync<long>(StoreSql.StartSplitStory, ct, tx, ("title", article.Title), ("a", articleId), ("at", article.SortAt));
        await c.ExecuteAsync(StoreSql.PinArticleToStory, ct, tx, ("s", storyId), ("a", articleId));
        if (article.StoryId is { } old) await RecountStoryAsync(c, tx, old, ct);
        await tx.CommitAsync(ct);
        return (await c.ListAsync(StoreSql.StoryById, StoredRows.Story, ct, null, ("id", storyId))).First();
    }

    /// <summary>A story's count, first and last report, from its articles (after reports moved in or out).</summary>
    static Task RecountStoryAsync(NpgsqlConnection c, NpgsqlTransaction tx, long storyId, CancellationToken ct) =>
        c.ExecuteAsync(StoreSql.RecountStory, ct, tx, ("s", storyId));
}
