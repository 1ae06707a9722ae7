using System.Text;
using Caravan.Model;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>SQL for the articles and article_versions tables.</summary>
public sealed partial class PostgresStore
{
    const string ArticleColumns = StoreSql.ArticleColumns;

    public async Task<IReadOnlyList<Article>> ListArticlesAsync(ArticleQuery q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q);
        var args = ListingArgs(q);
        if (q.TagKind is not null && q.TagValue is { } value) args.Add(("value", value));
        var sql = $"SELECT {ArticleColumns} FROM articles a WHERE {Listing(q, "@value")} ORDER BY a.sort_at DESC, a.id DESC LIMIT @limit";
        await using var c = await OpenAsync(ct);
        return await c.ListAsync(sql, ReadArticle, ct, null, [.. args]);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Article>>> ListArticlesPerTagAsync(ArticleQuery q, IReadOnlyCollection<string> tagValues,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(tagValues);
        if (q.TagKind is null) throw new ArgumentException("A listing per tag needs a tag kind.", nameof(q));
        if (tagValues.Count == 0) return new Dictionary<string, IReadOnlyList<Article>>();
        // One sub-listing per value, each stopping after its own LIMIT (a LATERAL join runs it once per value).
        var tagged = q with { TagValue = "" };
        var sql = $"""
            SELECT v.listed_tag, {ArticleColumns} FROM unnest(@values) AS v(listed_tag) CROSS JOIN LATERAL (
                SELECT a.* FROM articles a WHERE {Listing(tagged, "v.listed_tag")} ORDER BY a.sort_at DESC, a.id DESC LIMIT @limit) a
            """;
        var args = ListingArgs(tagged);
        args.Add(("values", tagValues.ToArray()));
        await using var c = await OpenAsync(ct);
        var rows = await c.ListAsync(sql, r => (Tag: r.GetString(0), Article: ReadArticle(r)), ct, null, [.. args]);
        return rows.GroupBy(x => x.Tag).ToDictionary(g => g.Key, g => (IReadOnlyList<Article>)g.Select(x => x.Article).ToList());
    }

    /// <summary>The WHERE clause of a listing: filters, one-per-story and the cursor; the tag value is <paramref name="value"/> (a parameter or a column).</summary>
    static string Listing(ArticleQuery q, string value)
    {
        var sql = new StringBuilder(Listed(q, "a", value));
        if (q.OnePerStory)
            // The story's earliest listed report stands for it; a cursor on that report never moves.
            sql.Append(" AND (a.story_id IS NULL OR NOT EXISTS (SELECT 1 FROM articles e WHERE e.story_id = a.story_id")
               .Append(" AND (e.sort_at, e.id) < (a.sort_at, a.id) AND ").Append(Listed(q, "e", value)).Append("))");
        if (q.BeforeTime is not null) sql.Append(" AND (a.sort_at, a.id) < (@beforeTime, @beforeId)");
        return sql.ToString();
    }

    static List<(string, object?)> ListingArgs(ArticleQuery q)
    {
        var args = new List<(string, object?)> { ("limit", Math.Clamp(q.Limit, 1, ArticleQuery.MaxLimit)) };
        if (q.SourceId is { } source) args.Add(("source", source));
        if (q.StoryId is { } story) args.Add(("story", story));
        if (q.TagKind is { } kind && q.TagValue is not null) args.Add(("kind", kind.ToString()));
        if (q.BeforeTime is { } before)
        {
            args.Add(("beforeTime", before));
            args.Add(("beforeId", q.BeforeId ?? long.MaxValue));
        }
        return args;
    }

    /// <summary>The query's filters on the articles row aliased <paramref name="x"/>.</summary>
    static string Listed(ArticleQuery q, string x, string value)
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
            sql.Append($" AND EXISTS (SELECT 1 FROM tags {x}t WHERE {x}t.article_id = {x}.id AND {x}t.kind = @kind AND {x}t.value = {value})");
        return sql.ToString();
    }

    static Article ReadArticle(NpgsqlDataReader r) => StoredRows.Article(r);
}
