using Caravan.Model;

namespace Caravan.Storage;

/// <summary>Reading articles and their versions, and setting one article's links (statements in <see cref="StoreSql"/>);
/// listings and ingest are per provider.</summary>
public abstract partial class SqlStore
{
    public async Task<Article?> GetArticleAsync(long id, CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        return (await c.ListAsync(Sql, StoreSql.ArticleById, StoredRows.Article, ct, null, ("id", id))).FirstOrDefault();
    }

    public async Task<Article?> FindArticleAsync(long sourceId, string itemKey, CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        return (await c.ListAsync(Sql, StoreSql.ArticleByItemKey, StoredRows.Article, ct, null, ("s", sourceId), ("k", itemKey))).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) return [];
        await using var c = await OpenDbAsync(ct);
        return await c.ListAsync(Sql, StoreSql.ArticlesByIds(Sql), StoredRows.Article, ct, null, ("ids", Sql.Ids(ids)));
    }

    public async Task<int> CountArticlesSinceAsync(long sourceId, DateTimeOffset since, CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        return await c.ScalarAsync<int>(Sql, StoreSql.CountArticlesSince, ct, null, ("s", sourceId), ("since", Sql.Time(since)));
    }

    public async Task<IReadOnlyList<ArticleVersion>> ListVersionsAsync(long articleId, CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        return await c.ListAsync(Sql, StoreSql.VersionsOf, StoredRows.ArticleVersion, ct, null, ("a", articleId));
    }

    public async Task<bool> SetArticleLinksAsync(long articleId, ArticleLinks links, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(links);
        if (links.DuplicateOfId == articleId || links.SyndicatedFromId == articleId || links.VersionOfId == articleId)
            throw new ArgumentException("An article cannot be a duplicate or copy of itself.", nameof(links));
        await using var c = await OpenDbAsync(ct);
        return await c.ExecuteAsync(Sql, StoreSql.SetArticleLinks, ct, null, StoreSql.ArticleLinksArgs(articleId, links)) == 1;
    }
}
