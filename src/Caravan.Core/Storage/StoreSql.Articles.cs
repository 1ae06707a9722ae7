namespace Caravan.Storage;

/// <summary>The articles and article_versions tables' statements, the same on both providers.</summary>
static partial class StoreSql
{
    /// <summary>Every column an <see cref="Model.Article"/> is read from (alias <c>a</c>); not PostgreSQL's search
    /// vector, which is the index's business and would only fatten the rows read.</summary>
    public const string ArticleColumns = """
        a.id, a.source_id, a.item_key, a.guid, a.url, a.title, a.byline, a.published_at, a.updated_at, a.first_seen_at,
        a.language, a.text, a.html, a.summary, a.image_url, a.image_credit, a.dateline, a.content_hash, a.version,
        a.is_teaser, a.link_only, a.original_outlet, a.original_url, a.simhash, a.duplicate_of_id, a.syndicated_from_id, a.version_of_id, a.story_id
        """;

    public const string ArticleById = $"SELECT {ArticleColumns} FROM articles a WHERE a.id = @id";

    public const string ArticleByItemKey = $"SELECT {ArticleColumns} FROM articles a WHERE a.source_id = @s AND a.item_key = @k";

    public static string ArticlesByIds(SqlDialect d) => $"SELECT {ArticleColumns} FROM articles a WHERE {d.InIds("a.id", "@ids")}";

    public const string CountArticlesSince = "SELECT COUNT(*) FROM articles WHERE source_id = @s AND published_at >= @since";

    public const string VersionsOf = "SELECT * FROM article_versions WHERE article_id = @a ORDER BY version";
}
