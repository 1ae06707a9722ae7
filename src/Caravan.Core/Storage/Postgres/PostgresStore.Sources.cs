using Caravan.Model;
using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>SQL for the sources table.</summary>
public sealed partial class PostgresStore
{
    public async Task<SourceAdded> AddSourceAsync(Source source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(source.Name);
        await using var c = await OpenAsync(ct);
        // ON CONFLICT: two processes adding the same feed at once both get the one stored row.
        var id = await c.ScalarAsync<long?>("""
            INSERT INTO sources (name, site_url, feed_url, kind, country_hint, language_hint, enabled, next_check_at, created_at, refresh_interval_minutes)
            VALUES (@name, @site, @feed, @kind, @country, @lang, @enabled, @next, @created, @interval)
            ON CONFLICT (feed_url) DO NOTHING
            RETURNING id
            """, ct, null,
            ("name", source.Name.Trim()), ("site", source.SiteUrl?.AbsoluteUri), ("feed", source.FeedUrl.AbsoluteUri),
            ("kind", source.Kind.ToString()), ("country", source.CountryHint?.ToUpperInvariant()), ("lang", source.LanguageHint),
            ("enabled", source.Enabled), ("next", source.FetchState.NextCheckAt), ("created", _time.GetUtcNow()), ("interval", source.RefreshIntervalMinutes));
        if (id is null) return new SourceAdded((await FindByFeedUrlAsync(c, source.FeedUrl, ct))!, false);
        return new SourceAdded((await GetSourceAsync(c, id.Value, ct))!, true);
    }

    public async Task<Source?> GetSourceAsync(long id, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await GetSourceAsync(c, id, ct);
    }

    public async Task<Source?> FindSourceByFeedUrlAsync(Uri feedUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        await using var c = await OpenAsync(ct);
        return await FindByFeedUrlAsync(c, feedUrl, ct);
    }

    public async Task<IReadOnlyList<Source>> ListSourcesAsync(CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ListAsync("SELECT * FROM sources ORDER BY id", StoredRows.Source, ct);
    }

    public async Task<IReadOnlyList<Source>> ListDueSourcesAsync(DateTimeOffset now, int limit, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ListAsync("""
            SELECT * FROM sources
            WHERE enabled AND (next_check_at IS NULL OR next_check_at <= @now)
            ORDER BY next_check_at NULLS FIRST, id
            LIMIT @limit
            """, StoredRows.Source, ct, null, ("now", now), ("limit", Math.Clamp(limit, 1, 100_000)));
    }

    public async Task<bool> UpdateSourceAsync(Source source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(source.Name);
        await using var c = await OpenAsync(ct);
        var n = await c.ExecuteAsync("""
            UPDATE sources SET name = @name, site_url = @site, feed_url = @feed, kind = @kind,
                country_hint = @country, language_hint = @lang, enabled = @enabled, refresh_interval_minutes = @interval
            WHERE id = @id
            """, ct, null,
            ("id", source.Id), ("name", source.Name.Trim()), ("site", source.SiteUrl?.AbsoluteUri), ("feed", source.FeedUrl.AbsoluteUri),
            ("kind", source.Kind.ToString()), ("country", source.CountryHint?.ToUpperInvariant()), ("lang", source.LanguageHint),
            ("enabled", source.Enabled), ("interval", source.RefreshIntervalMinutes));
        return n == 1;
    }

    public async Task<bool> RemoveSourceAsync(long id, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ExecuteAsync("DELETE FROM sources WHERE id = @id", ct, null, ("id", id)) == 1;
    }

    static async Task<Source?> GetSourceAsync(NpgsqlConnection c, long id, CancellationToken ct) =>
        (await c.ListAsync("SELECT * FROM sources WHERE id = @id", StoredRows.Source, ct, null, ("id", id))).FirstOrDefault();

    static async Task<Source?> FindByFeedUrlAsync(NpgsqlConnection c, Uri feedUrl, CancellationToken ct) =>
        (await c.ListAsync("SELECT * FROM sources WHERE feed_url = @u", StoredRows.Source, ct, null, ("u", feedUrl.AbsoluteUri))).FirstOrDefault();

    static NpgsqlBatchCommand FetchStateStatement(long sourceId, SourceFetchState s) =>
        PostgresCommands.Statement("""
            UPDATE sources SET etag = @etag, last_modified = @lm, last_attempt_at = @attempt, last_success_at = @success,
                next_check_at = @next, consecutive_failures = @failures, last_error = @error, broken = @broken,
                disabled_reason = @disabled, pending_redirect = @redirect, pending_redirect_count = @redirects
            WHERE id = @id
            """,
            ("id", sourceId), ("etag", s.ETag), ("lm", s.LastModified), ("attempt", s.LastAttemptAt),
            ("success", s.LastSuccessAt), ("next", s.NextCheckAt),
            ("failures", s.ConsecutiveFailures), ("error", s.LastError), ("broken", s.Broken), ("disabled", s.DisabledReason),
            ("redirect", s.PendingRedirect), ("redirects", s.PendingRedirectCount));

}
