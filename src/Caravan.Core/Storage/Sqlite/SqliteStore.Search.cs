using System.Text;

namespace Caravan.Storage.Sqlite;

/// <summary>Full-text search over FTS5 (bm25, title weighted ten times the body); names widen to the gazetteer's spellings.</summary>
public sealed partial class SqliteStore
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q);
        var match = SearchSyntax.ToFts5(q.Text, Tagging.SearchSpellings.For);
        if (match is null) return [];
        var sql = new StringBuilder("""
            SELECT a.*, snippet(articles_fts, 1, char(57344), char(57345), '…', 24) AS snip,
                   bm25(articles_fts, 10.0, 1.0) AS rank
            FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
            WHERE articles_fts MATCH $match AND a.link_only = 0 AND a.duplicate_of_id IS NULL
            """);
        if (q.SourceId is not null) sql.Append(" AND a.source_id = $source");
        if (q.Country is not null)
            sql.Append(" AND EXISTS (SELECT 1 FROM tags t WHERE t.article_id = a.id AND t.kind = 'Country' AND t.value = $country)");
        sql.Append(" ORDER BY rank LIMIT $limit");
        await using var c = await OpenAsync(ct);
        return await c.ListAsync(sql.ToString(), r => new SearchHit(ReadArticle(r), r.Str("snip") ?? "", -r.GetDouble(r.GetOrdinal("rank"))),
            ct, null, ("$match", match), ("$source", q.SourceId), ("$country", q.Country?.ToUpperInvariant()),
            ("$limit", Math.Clamp(q.Limit, 1, SearchQuery.MaxLimit)));
    }
}
