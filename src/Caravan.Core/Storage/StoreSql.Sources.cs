using Caravan.Model;

namespace Caravan.Storage;

/// <summary>The sources table's statements, the same on both providers.</summary>
static partial class StoreSql
{
    /// <summary>Adds a source unless its feed URL is stored: then no row comes back, and the caller reads the stored one
    /// (two processes adding the same feed at once both get the one row).</summary>
    public const string AddSource = """
        INSERT INTO sources (name, site_url, feed_url, kind, country_hint, language_hint, enabled, next_check_at, created_at, refresh_interval_minutes)
        VALUES (@name, @site, @feed, @kind, @country, @lang, @enabled, @next, @created, @interval)
        ON CONFLICT (feed_url) DO NOTHING
        RETURNING id
        """;

    public const string ListSources = "SELECT * FROM sources ORDER BY id";

    /// <summary>Enabled sources whose next check is due, never-checked ones first.</summary>
    public const string DueSources = """
        SELECT * FROM sources
        WHERE enabled AND (next_check_at IS NULL OR next_check_at <= @now)
        ORDER BY next_check_at NULLS FIRST, id
        LIMIT @limit
        """;

    public const string UpdateSource = """
        UPDATE sources SET name = @name, site_url = @site, feed_url = @feed, kind = @kind,
            country_hint = @country, language_hint = @lang, enabled = @enabled, refresh_interval_minutes = @interval
        WHERE id = @id
        """;

    public const string RemoveSource = "DELETE FROM sources WHERE id = @id";

    public const string SourceById = "SELECT * FROM sources WHERE id = @id";

    public const string SourceByFeedUrl = "SELECT * FROM sources WHERE feed_url = @u";

    public const string WriteFetchState = """
        UPDATE sources SET etag = @etag, last_modified = @lm, last_attempt_at = @attempt, last_success_at = @success,
            next_check_at = @next, consecutive_failures = @failures, last_error = @error, broken = @broken,
            disabled_reason = @disabled, pending_redirect = @redirect, pending_redirect_count = @redirects
        WHERE id = @id
        """;

    /// <summary>The arguments of <see cref="AddSource"/>.</summary>
    public static (string, object?)[] AddSourceArgs(SqlDialect d, Source source, DateTimeOffset created) =>
        [.. EditableSourceArgs(source), ("next", d.Time(source.FetchState.NextCheckAt)), ("created", d.Time(created))];

    /// <summary>The arguments of <see cref="UpdateSource"/>.</summary>
    public static (string, object?)[] UpdateSourceArgs(Source source) => [("id", source.Id), .. EditableSourceArgs(source)];

    static (string, object?)[] EditableSourceArgs(Source source) =>
    [
        ("name", source.Name.Trim()), ("site", source.SiteUrl?.AbsoluteUri), ("feed", source.FeedUrl.AbsoluteUri),
        ("kind", source.Kind.ToString()), ("country", source.CountryHint?.ToUpperInvariant()), ("lang", source.LanguageHint),
        ("enabled", source.Enabled), ("interval", source.RefreshIntervalMinutes),
    ];

    public static (string, object?)[] DueSourcesArgs(SqlDialect d, DateTimeOffset now, int limit) =>
        [("now", d.Time(now)), ("limit", Math.Clamp(limit, 1, 100_000))];

    public static (string, object?)[] FetchStateArgs(SqlDialect d, long sourceId, SourceFetchState s) =>
    [
        ("id", sourceId), ("etag", s.ETag), ("lm", s.LastModified), ("attempt", d.Time(s.LastAttemptAt)),
        ("success", d.Time(s.LastSuccessAt)), ("next", d.Time(s.NextCheckAt)),
        ("failures", s.ConsecutiveFailures), ("error", s.LastError), ("broken", s.Broken), ("disabled", s.DisabledReason),
        ("redirect", s.PendingRedirect), ("redirects", s.PendingRedirectCount),
    ];
}
