using System.Data.Common;
using System.Diagnostics;
using Caravan.Storage;
using Caravan.Storage.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Caravan.Bench.Storage;

/// <summary>
/// The search SQL before the capped ranking (commit 9deb6f4), kept here as the baseline measured in
/// the same run on the same store: every match is ranked before the page is taken, and snippets are
/// made in the same pass (SQLite). Unfiltered relevance queries only; that is all it did in SQL.
/// </summary>
static class BaselineSearch
{
    const string Sqlite = """
        SELECT a.*, snippet(articles_fts, 1, char(57344), char(57345), '…', 24) AS snip,
               bm25(articles_fts, 10.0, 1.0) AS rank
        FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
        WHERE articles_fts MATCH $match AND a.link_only = 0 AND a.duplicate_of_id IS NULL
        ORDER BY rank LIMIT 20
        """;

    const string Postgres = """
        WITH q AS (SELECT to_tsquery('caravan', @match) AS q),
        hits AS (
            SELECT a.id, ts_rank('{0, 0, 0.1, 1}'::float4[], a.search, q.q) AS rank
            FROM articles a, q
            WHERE a.search @@ q.q AND NOT a.link_only AND a.duplicate_of_id IS NULL
            ORDER BY rank DESC, a.id
            LIMIT 20)
        SELECT a.*, ts_headline('caravan', a.text, q.q, 'MaxWords=24, MinWords=8, ShortWord=0') AS snip, hits.rank
        FROM hits JOIN articles a ON a.id = hits.id, q
        ORDER BY hits.rank DESC, a.id
        """;

    public static async Task<List<Sample>> MeasureAsync(string provider, string store, List<(string Kind, SearchQuery Query)> mix, Func<double> cpu)
    {
        var results = new List<Sample>();
        foreach (var (kind, q) in mix.Where(m => m.Query is { Order: SearchOrder.Relevance, Country: null, Topic: null, Language: null, Since: null }))
        {
            var cpu0 = cpu();
            var sw = Stopwatch.StartNew();
            int hits;
            if (provider == "sqlite")
            {
                await using var c = new SqliteConnection($"Data Source={store}");
                await c.OpenAsync();
                hits = await ReadAllAsync(c, Sqlite, new SqliteParameter("$match", SearchSyntax.ToFts5(q.Text, Caravan.Tagging.SearchSpellings.For)));
            }
            else
            {
                await using var c = new NpgsqlConnection(PostgresConnectionString.From(store));
                await c.OpenAsync();
                hits = await ReadAllAsync(c, Postgres, new NpgsqlParameter("match", SearchSyntax.ToTsQuery(q.Text, Caravan.Tagging.SearchSpellings.For)));
            }
            var ms = sw.Elapsed.TotalMilliseconds;
            results.Add(new(kind, ms, cpu() - cpu0, hits));
        }
        return results;
    }

    static async Task<int> ReadAllAsync(DbConnection c, string sql, DbParameter match)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.CommandTimeout = 0;
        cmd.Parameters.Add(match);
        await using var r = await cmd.ExecuteReaderAsync();
        var rows = 0;
        var values = new object[r.FieldCount];
        while (await r.ReadAsync()) { r.GetValues(values); rows++; }
        return rows;
    }
}
