using Caravan.Fetching;
using Caravan.Parsing;

namespace Caravan.Ingest;

/// <summary>Everything the next poll time depends on, gathered after one fetch.</summary>
public sealed record ScheduleInputs
{
    public required DateTimeOffset Now { get; init; }
    /// <summary>Items the source published in the 7 days before <see cref="Now"/>; null when unknown (a 304, undated items).</summary>
    public int? ItemsInLast7Days { get; init; }
    /// <summary>The interval used last time; kept when the posting rate is unknown.</summary>
    public TimeSpan? PreviousInterval { get; init; }
    /// <summary>Consecutive failed polls, counting the one just made; 0 after a success.</summary>
    public int ConsecutiveFailures { get; init; }
    /// <summary>RSS 2.0 &lt;ttl&gt;: minutes the channel may be cached.</summary>
    public int? TtlMinutes { get; init; }
    /// <summary>RSS 2.0 &lt;skipHours&gt;: hours (0–23, GMT) in which not to poll.</summary>
    public IReadOnlyList<int> SkipHours { get; init; } = [];
    /// <summary>RSS 2.0 &lt;skipDays&gt;: days (GMT) on which not to poll.</summary>
    public IReadOnlyList<DayOfWeek> SkipDays { get; init; } = [];
    /// <summary>Cache-Control: max-age (RFC 9111 §5.2.2.1).</summary>
    public TimeSpan? MaxAge { get; init; }
    /// <summary>Expires (RFC 9111 §5.3).</summary>
    public DateTimeOffset? Expires { get; init; }
    /// <summary>Retry-After on 429/503 (RFC 9110 §10.2.3).</summary>
    public DateTimeOffset? RetryAfter { get; init; }

    /// <summary>
    /// Inputs from one fetch outcome, the feed it parsed to (if any), the items published in the last
    /// 7 days (null: estimate them from the feed's item dates with <see cref="PostingRate"/>), the
    /// failures counted before it and the interval used last time (stored NextCheckAt − LastAttemptAt).
    /// A failure is anything but fetched, not-modified, or a permanent redirect to one of those.
    /// </summary>
    public static ScheduleInputs From(DateTimeOffset now, FetchResult result, ParsedFeed? feed, int? itemsInLast7Days, int failuresBefore, TimeSpan? previousInterval = null)
    {
        var outcome = result is FetchResult.MovedPermanently moved ? moved.Result : result;
        var succeeded = outcome is FetchResult.Fetched or FetchResult.NotModified;
        var fetched = outcome as FetchResult.Fetched;
        return new ScheduleInputs
        {
            Now = now,
            ItemsInLast7Days = itemsInLast7Days ?? (feed is { IsFeed: true } ? PostingRate.ItemsPerWeek(feed, now) : null),
            PreviousInterval = previousInterval,
            ConsecutiveFailures = succeeded ? 0 : failuresBefore + 1,
            TtlMinutes = feed?.TtlMinutes,
            SkipHours = feed?.SkipHours ?? [],
            SkipDays = feed?.SkipDays ?? [],
            MaxAge = fetched?.MaxAge,
            Expires = fetched?.Expires,
            RetryAfter = (outcome as FetchResult.RateLimited)?.RetryAfter,
        };
    }
}
