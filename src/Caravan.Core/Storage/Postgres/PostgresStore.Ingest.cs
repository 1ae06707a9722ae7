using Caravan.Dedup;
using Caravan.Model;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>One fetch of one source, written in one transaction: a crash leaves all of it or none.</summary>
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

        if (batch.NewState is { } state) await WriteFetchStateAsync(c, tx, batch.SourceId, state, ct);
        if (batch.NewFeedUrl is { } moved)
            await c.ExecuteAsync("UPDATE sources SET feed_url = @u WHERE id = @id", ct, tx, ("u", moved.AbsoluteUri), ("id", batch.SourceId));
        if (batch.Disable)
            await c.ExecuteAsync("UPDATE sources SET enabled = false WHERE id = @id", ct, tx, ("id", batch.SourceId));

        var outcomes = new List<DraftOutcome>(batch.Articles.Count);
        foreach (var draft in batch.Articles)
            outcomes.Add(await UpsertArticleAsync(c, tx, batch.SourceId, draft, ct));
        await InsertAttemptAsync(c, tx, batch.SourceId, batch.Attempt with { ItemsNew = outcomes.Count(o => o.Change == ArticleChange.New) }, ct);
        await tx.CommitAsync(ct);
        return new IngestOutcome(outcomes);
    }

    async Task<DraftOutcome> UpsertArticleAsync(NpgsqlConnection c, NpgsqlTransaction tx, long sourceId, ArticleDraft draft, CancellationToken ct)
    {
        var a = draft.Article;
        var now = _time.GetUtcNow();
        var existing = (await c.ListAsync("SELECT id, content_hash, version, text, first_seen_at FROM articles WHERE source_id = @s AND item_key = @k",
            r => (Id: r.GetInt64(0), Hash: r.GetString(1), Version: (int)r.GetInt64(2), Text: r.GetString(3), FirstSeen: r.GetFieldValue<DateTimeOffset>(4)),
            ct, tx, ("s", sourceId), ("k", a.ItemKey))).FirstOrDefault();

        if (existing.Id != 0 && existing.Hash == a.ContentHash)
            return new DraftOutcome(existing.Id, ArticleChange.Unchanged, existing.Version);
        // A body seen before (not the current one) is a stale copy: a CDN or mirror serving an old
        // edition of the feed. Flip-flopping between caches must not grow the history.
        if (existing.Id != 0 && await c.ScalarAsync<long?>("SELECT 1 FROM article_versions WHERE article_id = @a AND content_hash = @h",
                ct, tx, ("a", existing.Id), ("h", a.ContentHash)) is not null)
            return new DraftOutcome(existing.Id, ArticleChange.Unchanged, existing.Version);

        var version = existing.Id == 0 ? 1 : existing.Version + 1;
        var firstSeen = existing.Id == 0 ? now : existing.FirstSeen;
        var args = ArticleArgs(sourceId, a, version, firstSeen);
        long id;
        if (existing.Id == 0)
        {
            id = await c.ScalarAsync<long>("""
                INSERT INTO articles (source_id, item_key, guid, url, title, byline, published_at, updated_at, first_seen_at, sort_at,
                    language, text, html, summary, image_url, image_credit, dateline, content_hash, version, is_teaser, link_only,
                    original_outlet, original_url)
                VALUES (@source, @key, @guid, @url, @title, @byline, @published, @updated, @firstSeen, @sortAt,
                    @language, @text, @html, @summary, @image, @credit, @dateline, @hash, @version, @teaser, @linkOnly,
                    @outlet, @originalUrl)
                RETURNING id
                """, ct, tx, args);
        }
        else
        {
            id = existing.Id;
            await c.ExecuteAsync("""
                UPDATE articles SET guid = @guid, url = @url, title = @title, byline = @byline, published_at = @published,
                    updated_at = @updated, sort_at = @sortAt, language = @language, text = @text, html = @html, summary = @summary,
                    image_url = @image, image_credit = @credit, dateline = @dateline, content_hash = @hash, version = @version,
                    is_teaser = @teaser, link_only = @linkOnly, original_outlet = @outlet, original_url = @originalUrl
                WHERE id = @id
                """, ct, tx, [.. args, ("id", id)]);
        }
        await c.ExecuteAsync("""
            INSERT INTO article_versions (article_id, version, title, text, content_hash, seen_at, diff)
            VALUES (@a, @v, @title, @text, @hash, @seen, @diff)
            """, ct, tx, ("a", id), ("v", version), ("title", a.Title), ("text", a.Text), ("hash", a.ContentHash),
            ("seen", now), ("diff", existing.Id == 0 ? null : WordDiff.Format(WordDiff.Compute(existing.Text, a.Text))));
        await ReplaceTagsAsync(c, tx, id, draft.Tags, ct);
        return new DraftOutcome(id, existing.Id == 0 ? ArticleChange.New : ArticleChange.Updated, version);
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
