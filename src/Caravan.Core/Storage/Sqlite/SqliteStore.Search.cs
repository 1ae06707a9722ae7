using System.Text;

namespace Caravan.Storage.Sqlite;

/// <summary>
/// Full-text search over FTS5 (bm25, title weighted ten times the body); names widen to the gazetteer's
/// spellings. Three steps, so cost follows the page and the cap, not the number of matches:
/// the newest <see cref="SearchQuery.RankedMatches"/> matches that pass every filter (FTS5 walks its
/// doclists in descending rowid order and stops at the cap), then the page by rank or date, then
/// snippets for the page only.
/// </summary>
public sealed partial class SqliteStore
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery q, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(q);
        var terms = SearchSyntax.Parse(q.Text, Tagging.SearchSpellings.For);
        var match = SearchSyntax.ToFts5(terms);
        if (match is null) return [];
        var (filters, args) = SearchFilters(q);
        args.AddRange([("$match", match), ("$cap", RankedMatches), ("$limit", Math.Clamp(q.Limit, 1, SearchQuery.MaxLimit))]);
        // Row ids grow with arrival, so "newest matches" is FTS5's own descending rowid order (no sort, early stop).
        // CROSS JOIN keeps the FTS table the outer loop; each match is checked in the small covering index of
        // listed articles (migration 0011) rather than in its wide row. bm25() runs once per match, in m. The page
        // rows are then read by id alone: snippets are built in process (SearchSnippet), since FTS5's snippet()
        // needs a MATCH cursor per row, and each reloads every term's doclist (half the query's time at 100,000).
        var newest = q.Order == SearchOrder.Newest;
        var (rank, order) = newest ? ("0.0", "sort_at DESC, id DESC") : ("bm25(articles_fts, 10.0, 1.0)", "rank, id DESC");
        var sql = $"""
            WITH m AS (
                SELECT f.rowid AS id, a.sort_at AS sort_at, {rank} AS rank
                FROM articles_fts f CROSS JOIN articles a INDEXED BY ix_articles_listed
                WHERE articles_fts MATCH $match AND a.id = f.rowid AND a.link_only = 0 AND a.duplicate_of_id IS NULL{filters}
                ORDER BY f.rowid DESC LIMIT $cap),
            {(newest ? LateArrivals(filters) : "found AS (SELECT id, sort_at, rank FROM m),")}
            page AS (SELECT id, rank, row_number() OVER (ORDER BY {order}) AS n FROM found ORDER BY {order} LIMIT $limit)
            SELECT a.*, page.rank AS rank FROM page CROSS JOIN articles a WHERE a.id = page.id ORDER BY page.n
            """;
        await using var c = await OpenAsync(ct);
        return await c.ListAsync(sql, r =>
        {
            var article = ReadArticle(r);
            return new SearchHit(article, SearchSnippet.For(article.Text, terms), -r.GetDouble(r.GetOrdinal("rank")));
        }, ct, null, [.. args]);
    }

    /// <summary>How many of the newest matches are ranked; lowered by tests to reach the cap with a few rows.</summary>
    internal int RankedMatches { get; init; } = SearchQuery.RankedMatches;

    /// <summary>
    /// Newest first stays exact past the cap: when the newest-arrived matches filled it, a match that arrived
    /// earlier but was published after the oldest entry of the page (a late-dated report) joins them. Usually few
    /// articles are newer than a page's last entry, so the check walks a short range of ix_articles_sort and probes
    /// FTS5 per row. After a back-fill (an archive imported newest first) that range is most of the store, and a
    /// probe per row cost seconds; past <see cref="LateWalk"/> rows the earlier-arrived matches are read from FTS5
    /// instead (a rowid range, checked in the covering index: about 1.5 µs a match).
    /// </summary>
    static string LateArrivals(string filters) => $"""
        head AS (SELECT id, sort_at, rank FROM m ORDER BY sort_at DESC, id DESC LIMIT $limit),
        edge AS (SELECT (SELECT min(id) FROM m) AS min_id, (SELECT count(*) FROM m) AS n,
                        (SELECT sort_at FROM head ORDER BY sort_at, id LIMIT 1) AS sort_at),
        range AS (SELECT count(*) AS n FROM (SELECT 1 FROM edge CROSS JOIN articles a INDEXED BY ix_articles_sort
                  WHERE edge.n = $cap AND a.sort_at >= edge.sort_at AND a.id < edge.min_id LIMIT {LateWalk + 1})),
        late AS (
            SELECT a.id, a.sort_at, 0.0 AS rank FROM edge CROSS JOIN articles a INDEXED BY ix_articles_sort
            WHERE (SELECT n FROM range) <= {LateWalk} AND edge.n = $cap AND a.sort_at >= edge.sort_at AND a.id < edge.min_id
              AND a.link_only = 0 AND a.duplicate_of_id IS NULL{filters}
              AND EXISTS (SELECT 1 FROM articles_fts f WHERE articles_fts MATCH $match AND f.rowid = a.id)
            UNION ALL
            SELECT f.rowid, a.sort_at, 0.0 FROM edge CROSS JOIN articles_fts f CROSS JOIN articles a INDEXED BY ix_articles_listed
            WHERE (SELECT n FROM range) > {LateWalk} AND articles_fts MATCH $match AND f.rowid < edge.min_id AND a.id = f.rowid
              AND a.sort_at >= edge.sort_at AND a.link_only = 0 AND a.duplicate_of_id IS NULL{filters}),
        found AS (SELECT id, sort_at, rank FROM head UNION ALL SELECT id, sort_at, rank FROM late),
        """;

    /// <summary>How many newer-dated earlier arrivals are probed one by one before reading the earlier matches from FTS5 instead.</summary>
    const int LateWalk = 200;

    /// <summary>The query's filters as SQL on `a` (articles), applied to every match before the cap.</summary>
    static (string Sql, List<(string, object?)> Args) SearchFilters(SearchQuery q)
    {
        var sql = new StringBuilder();
        var args = new List<(string, object?)>();
        if (q.SourceId is { } source) { sql.Append(" AND a.source_id = $source"); args.Add(("$source", source)); }
        // The tags table's unique key starts with article_id, so each EXISTS is one index probe per match.
        if (q.Country is { } country)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM tags t WHERE t.article_id = a.id AND t.kind = 'Country' AND t.value = $country)");
            args.Add(("$country", country.ToUpperInvariant()));
        }
        if (q.Topic is { } topic)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM tags t WHERE t.article_id = a.id AND t.kind = 'Topic' AND t.value = $topic COLLATE NOCASE)");
            args.Add(("$topic", topic));
        }
        if (q.Language is { } language)
        {
            // BCP 47 (RFC 5646 §2.1): the primary subtag comes first, so "en" covers "en" and "en-GB".
            sql.Append(" AND (lower(a.language) = $language OR lower(a.language) LIKE $language || '-%')");
            args.Add(("$language", language.ToLowerInvariant()));
        }
        if (q.Since is { } since) { sql.Append(" AND a.sort_at >= $since"); args.Add(("$since", StoredTime.ToText(since))); }
        if (q.Until is { } until) { sql.Append(" AND a.sort_at < $until"); args.Add(("$until", StoredTime.ToText(until))); }
        return (sql.ToString(), args);
    }
}
