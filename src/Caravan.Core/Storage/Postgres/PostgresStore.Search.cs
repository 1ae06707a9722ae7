using System.Text;

namespace Caravan.Storage.Postgres;

/// <summary>
/// Full-text search over the generated tsvector (GIN index), title (weight A) ranked ten times the body (B);
/// names widen to the gazetteer's spellings. Relevance ranks the newest <see cref="SearchQuery.RankedMatches"/>
/// matches (by publication time) that pass every filter; newest-first is exact. Snippets are built in process for the
/// page only (<see cref="SearchSnippet"/>: ts_headline re-parsed each page row's whole text).
/// </summary>
public sealed partial class PostgresStore
{
    // ts_rank weights in {D, C, B, A} order: the body counts 0.1, the title 1.0, as bm25(10, 1) on SQLite.
    const string RankWeights = "{0, 0, 0.1, 1}";
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q);
        var terms = SearchSyntax.Parse(q.Text, Tagging.SearchSpellings.For);
        var tsquery = SearchSyntax.ToTsQuery(terms);
        if (tsquery is null) return [];
        var (filters, args) = SearchFilters(q);
        args.AddRange([("query", tsquery), ("weights", RankWeights),
            ("cap", SearchQuery.RankedMatches), ("limit", Math.Clamp(q.Limit, 1, SearchQuery.MaxLimit))]);
        // The tsquery is written inline (not in a CTE) so the planner sees its words and estimates how many
        // rows match: a common word walks ix_articles_sort newest first and stops at the cap, a rare word
        // takes the GIN index. Candidate rows stay narrow (id, time, rank), never the tsvector.
        const string Tsq = "to_tsquery('caravan', @query)";
        var (candidate, cap, order) = q.Order == SearchOrder.Newest
            ? ("0::float4", "@limit", "m.sort_at DESC, m.id DESC")
            : ($"ts_rank(@weights::float4[], a.search, {Tsq})", "@cap", "m.rank DESC, m.id DESC");
        var sql = $"""
            WITH m AS (
                SELECT a.id, a.sort_at, {candidate} AS rank
                FROM articles a
                WHERE a.search @@ {Tsq} AND NOT a.link_only AND a.duplicate_of_id IS NULL{filters}
                ORDER BY a.sort_at DESC, a.id DESC
                LIMIT {cap}),
            page AS (SELECT m.id, row_number() OVER (ORDER BY {order}) AS n FROM m ORDER BY {order} LIMIT @limit)
            SELECT {ArticleColumns}, ts_rank(@weights::float4[], a.search, {Tsq}) AS rank
            FROM page JOIN articles a ON a.id = page.id
            ORDER BY page.n
            """;
        await using var c = await OpenAsync(ct);
        return await c.ListAsync(sql, r =>
        {
            var article = ReadArticle(r);
            return new SearchHit(article, SearchSnippet.For(article.Text, terms), r.GetFloat(r.GetOrdinal("rank")));
        }, ct, null, [.. args]);
    }

    /// <summary>The query's filters as SQL on `a` (articles), applied to every match before the cap.</summary>
    static (string Sql, List<(string, object?)> Args) SearchFilters(SearchQuery q)
    {
        var sql = new StringBuilder();
        var args = new List<(string, object?)>();
        if (q.SourceId is { } source) { sql.Append(" AND a.source_id = @source"); args.Add(("source", source)); }
        // The tags table's unique key starts with article_id, so each EXISTS is one index probe per match.
        if (q.Country is { } country)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM tags t WHERE t.article_id = a.id AND t.kind = 'Country' AND t.value = @country)");
            args.Add(("country", country.ToUpperInvariant()));
        }
        if (q.Topic is { } topic)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM tags t WHERE t.article_id = a.id AND t.kind = 'Topic' AND lower(t.value) = lower(@topic))");
            args.Add(("topic", topic));
        }
        if (q.Language is { } language)
        {
            // BCP 47 (RFC 5646 §2.1): the primary subtag comes first, so "en" covers "en" and "en-GB".
            sql.Append(" AND (lower(a.language) = @language OR lower(a.language) LIKE @language || '-%')");
            args.Add(("language", language.ToLowerInvariant()));
        }
        if (q.Since is { } since) { sql.Append(" AND a.sort_at >= @since"); args.Add(("since", since.ToUniversalTime())); }
        if (q.Until is { } until) { sql.Append(" AND a.sort_at < @until"); args.Add(("until", until.ToUniversalTime())); }
        return (sql.ToString(), args);
    }
}
