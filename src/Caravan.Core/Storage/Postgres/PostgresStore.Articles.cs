using System.Text;
using Caravan.Model;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>SQL for the articles and article_versions tables.</summary>
public sealed partial class PostgresStore
{
    // Every column but the search vector, which is the index's business and would only fatten the rows read.
    const string ArticleColumns = """
        a.id, a.source_id, a.item_key, a.guid, a.url, a.title, a.byline, a.published_at, a.updated_at, a.first_seen_at,
        a.language, a.text, a.html, a.summary, a.image_url, a.image_credit, a.dateline, a.content_hash, a.version,
        a.is_teaser, a.link_only, a.original_outlet, a.original_url, a.simhash, a.duplicate_of_id, a.syndicated_from_id, a.version_of_id, a.story_id
        """;

    public async Task<Article?> GetArticleAsync(long id, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return (await c.ListAsync($"SELECT {ArticleColumns} FROM articles a WHERE a.id = @id", ReadArticle, ct, null, ("id", id))).FirstOrDefault();
    }

    public async Task<Article?> FindArticleAsync(long sourceId, string itemKey, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return (await c.ListAsync($"SELECT {ArticleColumns} FROM articles a WHERE a.source_id = @s AND a.item_key = @k", ReadArticle, ct, null,
            ("s", sourceId), ("k", itemKey))).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Article>> ListArticlesAsync(ArticleQuery q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q);
        var sql = new StringBuilder($"SELECT {ArticleColumns} FROM articles a WHERE ").Append(Listed(q, "a"));
        var args = new List<(string, object?)> { ("limit", Math.Clamp(q.Limit, 1, ArticleQuery.MaxLimit)) };
        if (q.SourceId is { } source) args.Add(("source", source));
        if (q.StoryId is { } story) args.Add(("story", story));
        if (q.TagKind is { } kind && q.TagValue is { } value)
        {
            args.Add(("kind", kind.ToString()));
            args.Add(("value", value));
        }
        if (q.OnePerStory)
            // The story's earliest listed report stands for it; a cursor on that report never moves.
            sql.Append(" AND (a.story_id IS NULL OR NOT EXISTS (SELECT 1 FROM articles e WHERE e.story_id = a.story_id")
               .Append(" AND (e.sort_at, e.id) < (a.sort_at, a.id) AND ").Append(Listed(q, "e")).Append("))");
        if (q.BeforeTime is { } before)
        {
            sql.Append(" AND (a.sort_at, a.id) < (@beforeTime, @beforeId)");
            args.Add(("beforeTime", before));
            args.Add(("beforeId", q.BeforeId ?? long.MaxValue));
        }
        sql.Append(" ORDER BY a.sort_at DESC, a.id DESC LIMIT @limit");
        await using var c = await OpenAsync(ct);
        return await c.ListAsync(sql.ToString(), ReadArticle, ct, null, [.. args]);
    }

    /// <summary>The query's filters on the articles row aliased <paramref name="x"/>.</summary>
    static string Listed(ArticleQuery q, string x)
    {
        var sql = new StringBuilder("true");
        if (!q.IncludeLinkOnly) sql.Append($" AND NOT {x}.link_only");
        if (!q.IncludeDuplicates)
            // Duplicates are hidden, and of a chain of versions only the latest is listed.
            sql.Append($"""
                 AND {x}.duplicate_of_id IS NULL AND NOT EXISTS (SELECT 1 FROM articles {x}v
                    WHERE ({x}v.version_of_id = {x}.id OR ({x}.version_of_id IS NOT NULL AND {x}v.version_of_id = {x}.version_of_id))
                    AND ({x}v.sort_at, {x}v.id) > ({x}.sort_at, {x}.id))
                """);
        if (q.SourceId is not null) sql.Append($" AND {x}.source_id = @source");
        if (q.StoryId is not null) sql.Append($" AND {x}.story_id = @story");
        if (q.TagKind is not null && q.TagValue is not null)
            sql.Append($" AND EXISTS (SELECT 1 FROM tags {x}t WHERE {x}t.article_id = {x}.id AND {x}t.kind = @kind AND {x}t.value = @value)");
        return sql.ToString();
    }

    public async Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0) return [];
        await using var c = await OpenAsync(ct);
        return await c.ListAsync($"SELECT {ArticleColumns} FROM articles a WHERE a.id = ANY(@ids)", ReadArticle, ct, null, ("ids", ids.ToArray()));
    }

    public async Task<int> CountArticlesSinceAsync(long sourceId, DateTimeOffset since, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ScalarAsync<int>("SELECT COUNT(*) FROM articles WHERE source_id = @s AND published_at >= @since", ct, null,
            ("s", sourceId), ("since", since));
    }

    public async Task<IReadOnlyList<ArticleVersion>> ListVersionsAsync(long articleId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ListAsync("SELECT * FROM article_versions WHERE article_id = @a ORDER BY version", StoredRows.ArticleVersion, ct, null, ("a", articleId));
    }

    public async Task<bool> SetArticleLinksAsync(long articleId, ArticleLinks links, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(links);
        if (links.DuplicateOfId == articleId || links.SyndicatedFromId == articleId || links.VersionOfId == articleId)
            throw new ArgumentException("An article cannot be a duplicate or copy of itself.", nameof(links));
        await using var c = await OpenAsync(ct);
        return await c.ExecuteAsync(StoreSql.SetArticleLinks, ct, null, StoreSql.ArticleLinksArgs(articleId, links)) == 1;
    }

    static Article ReadArticle(NpgsqlDataReader r) => StoredRows.Article(r);
}
