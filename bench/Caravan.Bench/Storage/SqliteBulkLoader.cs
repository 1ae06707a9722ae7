using Caravan.Storage;
using Microsoft.Data.Sqlite;

namespace Caravan.Bench.Storage;

/// <summary>
/// Fills an SQLite store fast for the benchmark: the rows SqliteStore.SaveBatchAsync writes for a new
/// article (articles, its first version, its tags; the FTS triggers index it) through prepared
/// statements in transactions of 50,000 articles, instead of one statement round per article.
/// </summary>
static class SqliteBulkLoader
{
    public static async Task FillAsync(string path, IReadOnlyList<long> sources, SyntheticNews news, long from, long to, DateTimeOffset now)
    {
        await using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, ForeignKeys = true }.ToString());
        await c.OpenAsync();
        // A 512 MB page cache: the hash and URL indexes take their inserts in random order.
        await using (var pragma = c.CreateCommand())
        {
            pragma.CommandText = "PRAGMA cache_size = -512000; PRAGMA synchronous = OFF;";
            await pragma.ExecuteNonQueryAsync();
        }
        var seen = StoredTime.ToText(now);
        for (long batch = from; batch < to; batch += 50_000)
        {
            await using var tx = (SqliteTransaction)await c.BeginTransactionAsync();
            using var article = Prepare(c, tx, """
                INSERT INTO articles (source_id, item_key, guid, url, title, byline, published_at, updated_at, first_seen_at, sort_at,
                    language, text, html, summary, image_url, image_credit, dateline, content_hash, version, is_teaser, link_only,
                    original_outlet, original_url)
                VALUES ($source, $key, $guid, $url, $title, NULL, $published, NULL, $seen, $published,
                    $language, $text, NULL, NULL, NULL, NULL, NULL, $hash, 1, 0, 0, NULL, NULL)
                RETURNING id
                """, "$source", "$key", "$guid", "$url", "$title", "$published", "$seen", "$language", "$text", "$hash");
            using var version = Prepare(c, tx, """
                INSERT INTO article_versions (article_id, version, title, text, content_hash, seen_at, diff)
                VALUES ($a, 1, $title, $text, $hash, $seen, NULL)
                """, "$a", "$title", "$text", "$hash", "$seen");
            using var tag = Prepare(c, tx, """
                INSERT INTO tags (article_id, kind, value, score, why, manual) VALUES ($a, $kind, $value, $score, $why, 0)
                """, "$a", "$kind", "$value", "$score", "$why");
            for (long i = batch; i < Math.Min(to, batch + 50_000); i++)
            {
                var (s, a, tags) = news.Article(i, sources.Count);
                var id = (long)(await Run(article, true, sources[s], a.ItemKey, a.Guid, a.Url, a.Title, StoredTime.ToText(a.PublishedAt), seen, a.Language, a.Text, a.ContentHash))!;
                await Run(version, false, id, a.Title, a.Text, a.ContentHash, seen);
                foreach (var t in tags) await Run(tag, false, id, t.Kind.ToString(), t.Value, t.Score, t.Why);
            }
            await tx.CommitAsync();
        }
    }

    static SqliteCommand Prepare(SqliteConnection c, SqliteTransaction tx, string sql, params string[] names)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var n in names) cmd.Parameters.Add(new SqliteParameter { ParameterName = n });
        cmd.Prepare();
        return cmd;
    }

    static async Task<object?> Run(SqliteCommand cmd, bool scalar, params object?[] values)
    {
        for (int i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        return scalar ? await cmd.ExecuteScalarAsync() : await cmd.ExecuteNonQueryAsync();
    }
}
