using System.Text;

namespace Caravan.Storage.Postgres;

/// <summary>Full-text search over the generated tsvector (GIN index), title (weight A) ranked ten times the body (B); names widen to the gazetteer's spellings.</summary>
public sealed partial class PostgresStore
{
    // ts_rank weights in {D, C, B, A} order: the body counts 0.1, the title 1.0, as bm25(10, 1) on SQLite.
    const string RankWeights = "{0, 0, 0.1, 1}";
    // ts_headline marks matches with the same private-use characters as the SQLite snippet() call.
    static readonly string HeadlineOptions =
        $"StartSel={SearchSyntax.MatchStart}, StopSel={SearchSyntax.MatchEnd}, MaxWords=24, MinWords=8, ShortWord=0, FragmentDelimiter=\" … \"";

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q);
        var tsquery = SearchSyntax.ToTsQuery(q.Text, Tagging.SearchSpellings.For);
        if (tsquery is null) return [];
        var filters = new StringBuilder();
        var args = new List<(string, object?)>
        {
            ("query", tsquery), ("weights", RankWeights), ("headline", HeadlineOptions), ("limit", Math.Clamp(q.Limit, 1, SearchQuery.MaxLimit)),
        };
        if (q.SourceId is { } source) { filters.Append(" AND a.source_id = @source"); args.Add(("source", source)); }
        if (q.Country is { } country)
        {
            filters.Append(" AND EXISTS (SELECT 1 FROM tags t WHERE t.article_id = a.id AND t.kind = 'Country' AND t.value = @country)");
            args.Add(("country", country.ToUpperInvariant()));
        }
        // Rank and limit first, then build snippets for the page only: ts_headline re-parses the body.
        var sql = $"""
            WITH q AS (SELECT to_tsquery('caravan', @query) AS q),
            hits AS (
                SELECT a.id, ts_rank(@weights::float4[], a.search, q.q) AS rank
                FROM articles a, q
                WHERE a.search @@ q.q AND NOT a.link_only AND a.duplicate_of_id IS NULL{filters}
                ORDER BY rank DESC, a.id
                LIMIT @limit)
            SELECT {ArticleColumns}, ts_headline('caravan', a.text, q.q, @headline) AS snip, hits.rank
            FROM hits JOIN articles a ON a.id = hits.id, q
            ORDER BY hits.rank DESC, a.id
            """;
        await using var c = await OpenAsync(ct);
        return await c.ListAsync(sql, r => new SearchHit(ReadArticle(r), r.Str("snip") ?? "", r.GetFloat(r.GetOrdinal("rank"))),
            ct, null, [.. args]);
    }
}
