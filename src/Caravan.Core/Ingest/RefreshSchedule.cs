namespace Caravan.Ingest;

/// <summary>
/// When to poll a source next: as often as it posts, never sooner than its caching headers allow,
/// outside its skipHours/skipDays, and slower and slower while it fails. Pure: time and chance come in.
/// </summary>
public sealed class RefreshSchedule(ScheduleOptions options, Random? random = null)
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private readonly Random _random = random ?? Random.Shared;

    public ScheduleOptions Options => options;

    public DateTimeOffset NextCheck(ScheduleInputs inputs)
    {
        var wait = inputs.ConsecutiveFailures > 0 ? FailureWait(inputs) : SuccessWait(inputs);
        return SkipForbiddenHours(inputs.Now + wait, inputs.SkipHours, inputs.SkipDays);
    }

    /// <summary>Whether a source with this many consecutive failures is shown as broken.</summary>
    public bool IsBroken(int consecutiveFailures) => consecutiveFailures >= options.BrokenAfterFailures;

    /// <summary>7 days ÷ items in the last 7 days, clamped to [min, max]; a silent source gets max.</summary>
    public TimeSpan FrequencyInterval(int itemsInLast7Days) =>
        itemsInLast7Days <= 0 ? options.MaxInterval : Clamp(Week / itemsInLast7Days);

    /// <summary>Base × 2^(failures − 1), capped, with jitter; broken sources wait the long retry interval.</summary>
    public TimeSpan Backoff(int consecutiveFailures)
    {
        if (consecutiveFailures <= 0) return TimeSpan.Zero;
        if (IsBroken(consecutiveFailures)) return Jitter(TimeSpan.FromMinutes(options.BrokenRetryMinutes));
        var exponent = Math.Min(consecutiveFailures - 1, 30);
        var minutes = Math.Min(options.BackoffBaseMinutes * Math.Pow(2, exponent), options.BackoffMaxMinutes);
        return Jitter(TimeSpan.FromMinutes(minutes));
    }

    private TimeSpan SuccessWait(ScheduleInputs inputs)
    {
        // Like Miniflux: the largest of the posting-rate interval and what the feed and server ask for.
        var wait = inputs.ItemsInLast7Days is { } items ? FrequencyInterval(items)
            : inputs.PreviousInterval is { } previous ? Clamp(previous)
            : options.MaxInterval;
        if (inputs.TtlMinutes is > 0 and var ttl) wait = Max(wait, TimeSpan.FromMinutes(ttl));
        if (inputs.MaxAge is { } maxAge) wait = Max(wait, maxAge);
        if (inputs.Expires is { } expires) wait = Max(wait, expires - inputs.Now);
        return Clamp(wait);
    }

    private TimeSpan FailureWait(ScheduleInputs inputs)
    {
        var wait = Backoff(inputs.ConsecutiveFailures);
        if (inputs.RetryAfter is { } retryAfter)
        {
            var asked = retryAfter - inputs.Now;
            var cap = TimeSpan.FromMinutes(options.MaxRetryAfterMinutes);
            wait = Max(wait, asked > cap ? cap : asked);
        }
        return wait;
    }

    /// <summary>RSS 2.0: skipHours and skipDays are in GMT; move forward to the first allowed hour.</summary>
    private static DateTimeOffset SkipForbiddenHours(DateTimeOffset at, IReadOnlyList<int> skipHours, IReadOnlyList<DayOfWeek> skipDays)
    {
        if (skipHours.Count == 0 && skipDays.Count == 0) return at;
        var candidate = at.ToUniversalTime();
        for (var step = 0; step < 24 * 8; step++)
        {
            if (skipDays.Contains(candidate.DayOfWeek))
                candidate = new DateTimeOffset(candidate.Date.AddDays(1), TimeSpan.Zero);
            else if (skipHours.Contains(candidate.Hour))
                candidate = new DateTimeOffset(candidate.Date.AddHours(candidate.Hour + 1), TimeSpan.Zero);
            else
                return candidate;
        }
        return at; // every hour of every day skipped: the feed is malformed, so ignore the hint
    }

    private TimeSpan Jitter(TimeSpan wait) =>
        wait * (1 + options.JitterFraction * (2 * _random.NextDouble() - 1));

    private TimeSpan Clamp(TimeSpan wait) =>
        wait < options.MinInterval ? options.MinInterval : wait > options.MaxInterval ? options.MaxInterval : wait;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
