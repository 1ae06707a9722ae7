using System.Text;
using Caravan.Model;
using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>SQL for the articles and article_versions tables.</summary>
public sealed partial class SqliteStore
{
    public async Task<IReadOnlyList<Article>> ListArticlesAsync(ArticleQuery q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q);
        var sql = "SELECT a.* FROM articles a WHERE " + Listing(q, "$value") + " ORDER BY a.sort_at DESC, a.id DESC LIMIT $limit";
        await using var c = await OpenAsync(ct);
        return await c.ListAsync(sql, ReadArticle, ct, null, [.. ListingArgs(q), ("$value", q.TagValue)]);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Article>>> ListArticlesPerTagAsync(ArticleQuery q, IReadOnlyCollection<string> tagValues,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(tagValues);
        if (q.TagKind is null) throw new ArgumentException("A listing per tag needs a tag kind.", nameof(q));
        if (tagValues.Count == 0) return new Dictionary<string, IReadOnlyList<Article>>();
        // One sub-listing per value, each stopping after its own LIMIT, glued with UNION ALL (SQLite has no LATERAL join).
        var args = ListingArgs(q);
        var parts = tagValues.Select((value, i) =>
        {
            args.Add(("$value" + i, value));
            return $"SELECT * FROM (SELECT $value{i} AS listed_tag, a.* FROM articles a WHERE {Listing(q with { TagValue = value }, "$value" + i)}"
                 + " ORDER BY a.sort_at DESC, a.id DESC LIMIT $limit)";
        }).ToList();
        await using var c = await OpenAsync(ct);
        var rows = await c.ListAsync(string.Join("\nUNION ALL\n", parts), r => (Tag: r.GetString(r.GetOrdinal("listed_tag")), Article: ReadArticle(r)), ct, null, [.. args]);
        return rows.GroupBy(x => x.Tag).ToDictionary(g => g.Key, g => (IReadOnlyList<Article>)g.Select(x => x.Article).ToList());
    }

    /// <summary>The WHERE clause of a listing: filters, one-per-story and the cursor; the tag value is the parameter <paramref name="value"/>.</summary>
    static string Listing(ArticleQuery q, string value)
    {
        var sql = new StringBuilder(Listed(q, "a", value));
        if (q.OnePerStory)
            // The story's earliest listed report stands for it; a cursor on that report never moves.
            sql.Append(" AND (a.story_id IS NULL OR NOT EXISTS (SELECT 1 FROM articles e WHERE e.story_id = a.story_id")
               .Append(" AND (e.sort_at < a.sort_at OR (e.sort_at = a.sort_at AND e.id < a.id)) AND ").Append(Listed(q, "e", value)).Append("))");
        if (q.BeforeTime is not null)
            sql.Append(" AND (a.sort_at < $beforeTime OR (a.sort_at = $beforeTime AND a.id < $beforeId))");
        return sql.ToString();
    }

    static List<(string, object?)> ListingArgs(ArticleQuery q) =>
    [
        ("$source", q.SourceId), ("$story", q.StoryId), ("$kind", q.TagKind?.ToString()),
        ("$beforeTime", StoredTime.ToText(q.BeforeTime)), ("$beforeId", q.BeforeId ?? long.MaxValue),
        ("$limit", Math.Clamp(q.Limit, 1, ArticleQuery.MaxLimit)),
    ];

    /// <summary>The query's filters on the articles row aliased <paramref name="x"/>.</summary>
    static string Listed(ArticleQuery q, string x, string value)
    {
        var sql = new StringBuilder("1 = 1");
        if (!q.IncludeLinkOnly) sql.Append($" AND {x}.link_only = 0");
        if (!q.IncludeDuplicates)
            // Duplicates are hidden, and of a chain of versions only the latest is listed. The unary + keeps SQLite
            // off ix_articles_duplicate_of (nearly every row is NULL there): walking ix_articles_sort newest first
            // stops after one page, where that index meant sorting every listed row (40 ms at 5,000 articles).
            sql.Append($"""
                 AND +{x}.duplicate_of_id IS NULL AND NOT EXISTS (SELECT 1 FROM articles {x}v
                    WHERE ({x}v.version_of_id = {x}.id OR ({x}.version_of_id IS NOT NULL AND {x}v.version_of_id = {x}.version_of_id))
                    AND ({x}v.sort_at, {x}v.id) > ({x}.sort_at, {x}.id))
                """);
        if (q.SourceId is not null) sql.Append($" AND {x}.source_id = $source");
        if (q.StoryId is not null) sql.Append($" AND {x}.story_id = $story");
        if (q.TagKind is not null && q.TagValue is not null)
            sql.Append($" AND EXISTS (SELECT 1 FROM tags {x}t WHERE {x}t.article_id = {x}.id AND {x}t.kind = $kind AND {x}t.value = {value})");
        return sql.ToString();
    }

    static Article ReadArticle(SqliteDataReader r) => StoredRows.Article(r);
}
