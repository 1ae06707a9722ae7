using System.Data.Common;
using Caravan.Model;

namespace Caravan.Storage;

/// <summary>Sources and their fetch attempts, read the same way from every provider.</summary>
static partial class StoredRows
{
    public static Source Source(DbDataReader r) => new()
    {
        Id = Long(r, "id")!.Value,
        Name = Str(r, "name")!,
        SiteUrl = Str(r, "site_url") is { } site ? new Uri(site) : null,
        FeedUrl = new Uri(Str(r, "feed_url")!),
        Kind = Enum.Parse<SourceKind>(Str(r, "kind")!),
        CountryHint = Str(r, "country_hint"),
        LanguageHint = Str(r, "language_hint"),
        Enabled = Bool(r, "enabled"),
        RefreshIntervalMinutes = (int?)Long(r, "refresh_interval_minutes"),
        CreatedAt = Time(r, "created_at")!.Value,
        FetchState = new SourceFetchState
        {
            ETag = Str(r, "etag"),
            LastModified = Str(r, "last_modified"),
            LastAttemptAt = Time(r, "last_attempt_at"),
            LastSuccessAt = Time(r, "last_success_at"),
            NextCheckAt = Time(r, "next_check_at"),
            ConsecutiveFailures = (int)Long(r, "consecutive_failures")!.Value,
            LastError = Str(r, "last_error"),
            Broken = Bool(r, "broken"),
            DisabledReason = Str(r, "disabled_reason"),
            PendingRedirect = Str(r, "pending_redirect"),
            PendingRedirectCount = (int)Long(r, "pending_redirect_count")!.Value,
        },
    };

    public static FetchAttempt FetchAttempt(DbDataReader r) => new()
    {
        Id = Long(r, "id")!.Value,
        SourceId = Long(r, "source_id")!.Value,
        At = Time(r, "at")!.Value,
        Status = Str(r, "status")!,
        HttpStatus = (int?)Long(r, "http_status"),
        DurationMs = Convert.ToDouble(Value(r, "duration_ms"), System.Globalization.CultureInfo.InvariantCulture),
        Bytes = Long(r, "bytes")!.Value,
        ItemsSeen = (int)Long(r, "items_seen")!.Value,
        ItemsNew = (int)Long(r, "items_new")!.Value,
        Error = Str(r, "error"),
    };
}
