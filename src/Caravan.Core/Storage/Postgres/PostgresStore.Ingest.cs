using Caravan.Dedup;
using Caravan.Model;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>
/// One fetch of one source, written in one transaction: a crash leaves all of it or none. The batch's
/// articles are read in one query and written in two statement batches (new rows first, for their ids),
/// so a feed of n items costs a handful of round trips, not several per item: with many workers on one
/// server, round trips inside the transaction are what each worker waits on.
/// </summary>
public sealed partial class PostgresStore
{
    public async Task<IngestOutcome> SaveBatchAsync(IngestBatch batch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var d in batch.Articles)
            if (string.IsNullOrWhiteSpace(d.Article.ItemKey) || string.IsNullOrWhiteSpace(d.Article.ContentHash))
                throw new ArgumentException("Every article needs an item key and a content hash.", nameof(batch));
        await using var c = await OpenAsync(ct);
        await using var tx = await c.BeginTransactionAsync(ct);
        // The source row lock serialises batches of one source across processes (a worker whose lease
        // expired racing the one that took over), so "new or changed" is decided on committed data.
        if (await c.ScalarAsync<long?>("SELECT id FROM sources WHERE id = @id FOR UPDATE", ct, tx, ("id", batch.SourceId)) is null)
            throw new ArgumentException($"There is no source {batch.SourceId}.", nameof(batch));

        var writes = new List<NpgsqlBatchCommand>();
        if (batch.NewState is { } state) writes.Add(FetchStateStatement(batch.SourceId, state));
        if (batch.NewFeedUrl is { } moved)
            writes.Add(PostgresCommands.Statement("UPDATE sources SET feed_url = @u WHERE id = @id", ("u", moved.AbsoluteUri), ("id", batch.SourceId)));
        if (batch.Disable)
            writes.Add(PostgresCommands.Statement("UPDATE sources SET enabled = false WHERE id = @id", ("id", batch.SourceId)));

        var outcomes = new List<DraftOutcome>(batch.Articles.Count);
        // A batch naming one item twice is written draft by draft, so the second sees the first (the SQLite order).
        var distinct = batch.Articles.Select(d => d.Article.ItemKey).Distinct(StringComparer.Ordinal).Count() == batch.Articles.Count;
        foreach (var part in distinct ? [batch.Articles] : batch.Articles.Select(d => (IReadOnlyList<ArticleDraft>)[d]))
        {
            outcomes.AddRange(await UpsertArticlesAsync(c, tx, batch.SourceId, part, writes, ct));
            if (distinct) continue;
            await c.ExecuteBatchAsync(writes, tx, ct);
            writes.Clear();
        }
        writes.Add(AttemptStatement(batch.SourceId, batch.Attempt with { ItemsNew = outcomes.Count(o => o.Change == ArticleChange.New) }));
        await c.ExecuteBatchAsync(writes, tx, ct);
        await tx.CommitAsync(ct);
        return new IngestOutcome(outcomes);
    }

    sealed record StoredArticle(long Id, string Hash, int Version, string Text, DateTimeOffset FirstSeen);

    /// <summary>
    /// Inserts the new articles now (their ids are needed) and adds every other write (changed rows, versions,
    /// tags) to <paramref name="writes"/>, which the caller sends in one batch. Item keys must be distinct.
    /// </summary>
    async Task<List<DraftOutcome>> UpsertArticlesAsync(NpgsqlConnection c, NpgsqlTransaction tx, long sourceId, IReadOnlyList<ArticleDraft> drafts,
        List<NpgsqlBatchCommand> writes, CancellationToken ct)
    {
        if (drafts.Count == 0) return [];
        var now = _time.GetUtcNow();
        var stored = (await c.ListAsync("SELECT id, item_key, content_hash, version, text, first_seen_at FROM articles WHERE source_id = @s AND item_key = ANY(@keys)",
            r => (Key: r.GetString(1), Row: new StoredArticle(r.GetInt64(0), r.GetString(2), (int)r.GetInt64(3), r.GetString(4), r.GetFieldValue<DateTimeOffset>(5))),
            ct, tx, ("s", sourceId), ("keys", drafts.Select(d => d.Article.ItemKey).ToArray()))).ToDictionary(x => x.Key, x => x.Row, StringComparer.Ordinal);
        // A body seen before (not the current one) is a stale copy: a CDN or mirror serving an old
        // edition of the feed. Flip-flopping between caches must not grow the history.
        var changed = drafts.Select(d => stored.GetValueOrDefault(d.Article.ItemKey) is { } e && e.Hash != d.Article.ContentHash ? e.Id : 0).Where(id => id != 0).ToArray();
        var seenBodies = changed.Length == 0 ? [] : (await c.ListAsync("SELECT article_id, content_hash FROM article_versions WHERE article_id = ANY(@ids)",
            r => (r.GetInt64(0), r.GetString(1)), ct, tx, ("ids", changed))).ToHashSet();

        var fresh = drafts.Where(d => !stored.ContainsKey(d.Article.ItemKey)).ToList();
        var newIds = await InsertArticlesAsync(c, tx, sourceId, fresh, now, ct);
        var outcomes = new List<DraftOutcome>(drafts.Count);
        foreach (var draft in drafts)
        {
            var a = draft.Article;
            var existing = stored.GetValueOrDefault(a.ItemKey);
            if (existing is not null && (existing.Hash == a.ContentHash || seenBodies.Contains((existing.Id, a.ContentHash))))
            {
                outcomes.Add(new DraftOutcome(existing.Id, ArticleChange.Unchanged, existing.Version));
                continue;
            }
            var version = existing is null ? 1 : existing.Version + 1;
            var id = existing?.Id ?? newIds[a.ItemKey];
            if (existing is not null)
                writes.Add(PostgresCommands.Statement("""
                    UPDATE articles SET guid = @guid, url = @url, title = @title, byline = @byline, published_at = @published,
                        updated_at = @updated, sort_at = @sortAt, language = @language, text = @text, html = @html, summary = @summary,
                        image_url = @image, image_credit = @credit, dateline = @dateline, content_hash = @hash, version = @version,
                        is_teaser = @teaser, link_only = @linkOnly, original_outlet = @outlet, original_url = @originalUrl
                    WHERE id = @id
                    """, [.. ArticleArgs(sourceId, a, version, existing.FirstSeen), ("id", id)]));
            writes.Add(PostgresCommands.Statement("""
                INSERT INTO article_versions (article_id, version, title, text, content_hash, seen_at, diff)
                VALUES (@a, @v, @title, @text, @hash, @seen, @diff)
                """, ("a", id), ("v", version), ("title", a.Title), ("text", a.Text), ("hash", a.ContentHash),
                ("seen", now), ("diff", existing is null ? null : WordDiff.Format(WordDiff.Compute(existing.Text, a.Text)))));
            writes.AddRange(ReplaceTagsStatements(id, draft.Tags));
            outcomes.Add(new DraftOutcome(id, existing is null ? ArticleChange.New : ArticleChange.Updated, version));
        }
        return outcomes;
    }

    /// <summary>Inserts the new articles in one round trip; their ids by item key.</summary>
    static async Task<Dictionary<string, long>> InsertArticlesAsync(NpgsqlConnection c, NpgsqlTransaction tx, long sourceId, List<ArticleDraft> fresh, DateTimeOffset now, CancellationToken ct)
    {
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        if (fresh.Count == 0) return ids;
        await using var batch = new NpgsqlBatch(c, tx);
        foreach (var d in fresh)
            batch.BatchCommands.Add(PostgresCommands.Statement("""
                INSERT INTO articles (source_id, item_key, guid, url, title, byline, published_at, updated_at, first_seen_at, sort_at,
                    language, text, html, summary, image_url, image_credit, dateline, content_hash, version, is_teaser, link_only,
                    original_outlet, original_url)
                VALUES (@source, @key, @guid, @url, @title, @byline, @published, @updated, @firstSeen, @sortAt,
                    @language, @text, @html, @summary, @image, @credit, @dateline, @hash, @version, @teaser, @linkOnly,
                    @outlet, @originalUrl)
                RETURNING id
                """, ArticleArgs(sourceId, d.Article, 1, now)));
        await using var r = await batch.ExecuteReaderAsync(ct);
        // One result per INSERT … RETURNING, in the batch's order.
        foreach (var d in fresh)
        {
            await r.ReadAsync(ct);
            ids[d.Article.ItemKey] = r.GetInt64(0);
            await r.NextResultAsync(ct);
        }
        return ids;
    }

    static (string, object?)[] ArticleArgs(long sourceId, Article a, int version, DateTimeOffset firstSeen) =>
    [
        ("source", sourceId), ("key", a.ItemKey), ("guid", a.Guid), ("url", a.Url), ("title", a.Title), ("byline", a.Byline),
        ("published", a.PublishedAt), ("updated", a.UpdatedAt), ("firstSeen", firstSeen),
        ("sortAt", a.PublishedAt ?? firstSeen), ("language", a.Language), ("text", a.Text ?? ""),
        ("html", a.Html), ("summary", a.Summary), ("image", a.ImageUrl), ("credit", a.ImageCredit), ("dateline", a.Dateline),
        ("hash", a.ContentHash), ("version", version), ("teaser", a.IsTeaser), ("linkOnly", a.LinkOnly),
        ("outlet", a.OriginalOutlet), ("originalUrl", a.OriginalUrl),
    ];
}
