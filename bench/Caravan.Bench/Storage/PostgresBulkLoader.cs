using Caravan.Model;
using Caravan.Storage.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace Caravan.Bench.Storage;

/// <summary>
/// Fills a PostgreSQL store fast for the benchmark: the rows PostgresStore.SaveBatchAsync writes for a
/// new article (articles, its first version, its tags) by binary COPY in chunks of 50,000, with the
/// GIN index dropped during the load and built once after it. The tsvector is the table's generated
/// column, so it is computed exactly as for the store's own inserts.
/// </summary>
static class PostgresBulkLoader
{
    public static async Task FillAsync(string connection, IReadOnlyList<long> sources, SyntheticNews news, long from, long to, DateTimeOffset now)
    {
        await using var db = NpgsqlDataSource.Create(PostgresConnectionString.From(connection));
        await using var c = await db.OpenConnectionAsync();
        now = now.ToUniversalTime();
        await Execute(c, "DROP INDEX IF EXISTS ix_articles_search");
        var nextArticle = await Scalar(c, "SELECT coalesce(max(id), 0) + 1 FROM articles");
        var nextVersion = await Scalar(c, "SELECT coalesce(max(id), 0) + 1 FROM article_versions");
        var nextTag = await Scalar(c, "SELECT coalesce(max(id), 0) + 1 FROM tags");
        for (long chunk = from; chunk < to; chunk += 50_000)
        {
            var rows = new List<(long Id, long Source, Article A, Tag[] Tags)>();
            for (long i = chunk; i < Math.Min(to, chunk + 50_000); i++)
            {
                var (s, a, tags) = news.Article(i, sources.Count);
                rows.Add((nextArticle++, sources[s], a, tags));
            }
            await using var tx = await c.BeginTransactionAsync();
            await using (var w = await c.BeginBinaryImportAsync("""
                COPY articles (id, source_id, item_key, guid, url, title, published_at, first_seen_at, sort_at, language, text,
                    content_hash, version, is_teaser, link_only) FROM STDIN (FORMAT BINARY)
                """))
            {
                foreach (var (id, source, a, _) in rows)
                {
                    await w.StartRowAsync();
                    await w.WriteAsync(id, NpgsqlDbType.Bigint);
                    await w.WriteAsync(source, NpgsqlDbType.Bigint);
                    foreach (var text in new[] { a.ItemKey, a.Guid, a.Url, a.Title }) await w.WriteAsync(text!, NpgsqlDbType.Text);
                    await w.WriteAsync(a.PublishedAt!.Value, NpgsqlDbType.TimestampTz);
                    await w.WriteAsync(now, NpgsqlDbType.TimestampTz);
                    await w.WriteAsync(a.PublishedAt!.Value, NpgsqlDbType.TimestampTz);
                    foreach (var text in new[] { a.Language, a.Text, a.ContentHash }) await w.WriteAsync(text!, NpgsqlDbType.Text);
                    await w.WriteAsync(1L, NpgsqlDbType.Bigint);
                    await w.WriteAsync(false, NpgsqlDbType.Boolean);
                    await w.WriteAsync(false, NpgsqlDbType.Boolean);
                }
                await w.CompleteAsync();
            }
            await using (var w = await c.BeginBinaryImportAsync("COPY article_versions (id, article_id, version, title, text, content_hash, seen_at) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var (id, _, a, _) in rows)
                {
                    await w.StartRowAsync();
                    await w.WriteAsync(nextVersion++, NpgsqlDbType.Bigint);
                    await w.WriteAsync(id, NpgsqlDbType.Bigint);
                    await w.WriteAsync(1L, NpgsqlDbType.Bigint);
                    foreach (var text in new[] { a.Title, a.Text, a.ContentHash }) await w.WriteAsync(text!, NpgsqlDbType.Text);
                    await w.WriteAsync(now, NpgsqlDbType.TimestampTz);
                }
                await w.CompleteAsync();
            }
            await using (var w = await c.BeginBinaryImportAsync("COPY tags (id, article_id, kind, value, score, why, manual) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var (id, _, _, tags) in rows)
                    foreach (var t in tags)
                    {
                        await w.StartRowAsync();
                        await w.WriteAsync(nextTag++, NpgsqlDbType.Bigint);
                        await w.WriteAsync(id, NpgsqlDbType.Bigint);
                        await w.WriteAsync(t.Kind.ToString(), NpgsqlDbType.Text);
                        await w.WriteAsync(t.Value, NpgsqlDbType.Text);
                        await w.WriteAsync(t.Score, NpgsqlDbType.Double);
                        await w.WriteAsync(t.Why!, NpgsqlDbType.Text);
                        await w.WriteAsync(false, NpgsqlDbType.Boolean);
                    }
                await w.CompleteAsync();
            }
            await tx.CommitAsync();
        }
        // Identity columns were given explicit ids: move their sequences past them, as the store's inserts would have.
        foreach (var table in new[] { "articles", "article_versions", "tags" })
            await Execute(c, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))");
        await Execute(c, "SET maintenance_work_mem = '256MB'");
        // The index exactly as migration 0001 defines it.
        await Execute(c, "CREATE INDEX ix_articles_search ON articles USING gin (search)");
        await Execute(c, "ANALYZE articles; ANALYZE tags");
    }

    static async Task Execute(NpgsqlConnection c, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, c) { CommandTimeout = 0 };
        await cmd.ExecuteNonQueryAsync();
    }

    static async Task<long> Scalar(NpgsqlConnection c, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, c);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
