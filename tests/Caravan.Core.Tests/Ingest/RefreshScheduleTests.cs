using Caravan.Fetching;
using Caravan.Parsing;
using Caravan.TestSupport;

namespace Caravan.Ingest;

public sealed class RefreshScheduleTests
{
    // Monday 2 March 2026, 12:00 GMT.
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private static readonly RefreshSchedule NoJitter = new(new ScheduleOptions(), new FixedRandom(0.5));

    private static TimeSpan Wait(ScheduleInputs inputs, RefreshSchedule? schedule = null) =>
        (schedule ?? NoJitter).NextCheck(inputs) - Now;

    [Theory]
    [InlineData(0, 1440)]        // silent for a week: once a day
    [InlineData(1, 1440)]        // 7 days, clamped to 24 h
    [InlineData(7, 1440)]        // one a day: exactly 24 h
    [InlineData(14, 720)]        // two a day
    [InlineData(168, 60)]        // one an hour
    [InlineData(672, 15)]        // four an hour
    [InlineData(2016, 5)]        // every 5 minutes
    [InlineData(10_000, 5)]      // a wire service: clamped to 5 minutes
    public void NextCheck_FollowsPostingFrequency(int itemsInLast7Days, double expectedMinutes) =>
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), Wait(new ScheduleInputs { Now = Now, ItemsInLast7Days = itemsInLast7Days }));

    [Theory]
    [InlineData(null, null, null, 60)]           // frequency alone (168 items: 1 h)
    [InlineData(120, null, null, 120)]          // <ttl> 120 min outranks
    [InlineData(30, null, null, 60)]            // a shorter ttl does not speed polling up
    [InlineData(null, 7200, null, 120)]         // max-age 2 h
    [InlineData(null, null, 180, 180)]          // Expires in 3 h
    [InlineData(90, 5400, 240, 240)]            // the largest hint wins
    [InlineData(10_000, null, null, 1440)]      // a ttl of a week is capped at the max interval
    [InlineData(null, 1, null, 60)]             // max-age 1 s changes nothing
    public void NextCheck_HonoursCachingHints(int? ttlMinutes, int? maxAgeSeconds, int? expiresInMinutes, double expectedMinutes)
    {
        var inputs = new ScheduleInputs
        {
            Now = Now,
            ItemsInLast7Days = 168,
            TtlMinutes = ttlMinutes,
            MaxAge = maxAgeSeconds is { } s ? TimeSpan.FromSeconds(s) : null,
            Expires = expiresInMinutes is { } m ? Now.AddMinutes(m) : null,
        };

        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), Wait(inputs));
    }

    [Theory]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(5, 160)]
    [InlineData(7, 640)]
    [InlineData(8, 720)]        // capped at 12 h
    [InlineData(9, 720)]
    [InlineData(10, 1440)]      // broken: retried once a day, not never
    [InlineData(500, 1440)]
    public void NextCheck_BacksOffExponentiallyOnFailure(int failures, double expectedMinutes) =>
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), Wait(new ScheduleInputs { Now = Now, ItemsInLast7Days = 10_000, ConsecutiveFailures = failures }));

    [Theory]
    [InlineData(0.0, 0.8)]
    [InlineData(0.25, 0.9)]
    [InlineData(0.75, 1.1)]
    [InlineData(0.999999, 1.2)]
    public void NextCheck_JittersBackoffWithinTheConfiguredFraction(double random, double factor)
    {
        var schedule = new RefreshSchedule(new ScheduleOptions(), new FixedRandom(random));

        var wait = Wait(new ScheduleInputs { Now = Now, ConsecutiveFailures = 3 }, schedule);

        Assert.Equal(40 * factor, wait.TotalMinutes, precision: 3);
    }

    [Fact]
    public void NextCheck_WithRealRandomness_SpreadsRetriesOfManySources()
    {
        var schedule = new RefreshSchedule(new ScheduleOptions(), new Random(42));

        var waits = Enumerable.Range(0, 200).Select(_ => Wait(new ScheduleInputs { Now = Now, ConsecutiveFailures = 2 }, schedule).TotalMinutes).ToList();

        Assert.All(waits, w => Assert.InRange(w, 16, 24));
        Assert.True(waits.Distinct().Count() > 150);
    }

    [Theory]
    [InlineData(1, 60, 60)]          // Retry-After longer than the backoff wins
    [InlineData(3, 5, 40)]           // shorter Retry-After: the backoff still applies
    [InlineData(1, 60 * 24 * 30, 60 * 24 * 7)] // a month is capped at a week
    public void NextCheck_HonoursRetryAfterOnRateLimits(int failures, int retryAfterMinutes, double expectedMinutes) =>
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes),
            Wait(new ScheduleInputs { Now = Now, ConsecutiveFailures = failures, RetryAfter = Now.AddMinutes(retryAfterMinutes) }));

    [Theory]
    // Now is Monday 12:00 GMT; 1 item/week would give +24 h = Tuesday 12:00, so use 168 items (+1 h = 13:00).
    [InlineData(new[] { 13 }, new DayOfWeek[0], "2026-03-02T14:00:00Z")]
    [InlineData(new[] { 13, 14, 15 }, new DayOfWeek[0], "2026-03-02T16:00:00Z")]
    [InlineData(new int[0], new[] { DayOfWeek.Monday }, "2026-03-03T00:00:00Z")]
    [InlineData(new[] { 0, 1 }, new[] { DayOfWeek.Monday }, "2026-03-03T02:00:00Z")]
    [InlineData(new[] { 12 }, new DayOfWeek[0], "2026-03-02T13:00:00Z")] // skipping an hour already past changes nothing
    public void NextCheck_MovesOutOfSkipHoursAndSkipDays(int[] skipHours, DayOfWeek[] skipDays, string expected)
    {
        var next = NoJitter.NextCheck(new ScheduleInputs { Now = Now, ItemsInLast7Days = 168, SkipHours = skipHours, SkipDays = skipDays });

        Assert.Equal(DateTimeOffset.Parse(expected), next);
    }

    [Fact]
    public void NextCheck_EveryHourSkipped_IgnoresTheMalformedHint()
    {
        var next = NoJitter.NextCheck(new ScheduleInputs { Now = Now, ItemsInLast7Days = 168, SkipHours = Enumerable.Range(0, 24).ToList() });

        Assert.Equal(Now.AddHours(1), next);
    }

    [Theory]
    [InlineData(90, 90)]        // a 304 keeps the interval the posting rate gave last time
    [InlineData(1, 5)]          // clamped like any interval
    [InlineData(10_000, 1440)]
    public void NextCheck_UnknownPostingRate_KeepsThePreviousInterval(int previousMinutes, double expectedMinutes)
    {
        var inputs = ScheduleInputs.From(Now, new FetchResult.NotModified("\"v1\"", null), null, itemsInLast7Days: null, failuresBefore: 0, TimeSpan.FromMinutes(previousMinutes));

        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), Wait(inputs));
    }

    [Fact]
    public void NextCheck_UnknownPostingRateAndNoHistory_UsesTheMaxInterval() =>
        Assert.Equal(TimeSpan.FromDays(1), Wait(new ScheduleInputs { Now = Now }));

    [Fact]
    public void IsBroken_AfterTheConfiguredFailures()
    {
        var schedule = new RefreshSchedule(new ScheduleOptions { BrokenAfterFailures = 3 });

        Assert.False(schedule.IsBroken(2));
        Assert.True(schedule.IsBroken(3));
    }

    [Fact]
    public void Inputs_FromAFetchAndItsFeed_CarryEveryHint()
    {
        var fetched = new FetchResult.Fetched([], "application/rss+xml", null, null, null, TimeSpan.FromMinutes(30), Now.AddHours(2));
        var items = Enumerable.Range(0, 12).Select(i => new ParsedItem { Key = $"k{i}", Published = Now.AddHours(-12 * i) })
            .Append(new ParsedItem { Key = "old", Published = Now.AddDays(-30) }).ToList();
        var feed = new ParsedFeed { Format = FeedFormat.Rss20, TtlMinutes = 45, SkipHours = [3], SkipDays = [DayOfWeek.Sunday], Items = items };

        var inputs = ScheduleInputs.From(Now, new FetchResult.MovedPermanently(new Uri("https://new.test/feed"), fetched), feed, itemsInLast7Days: null, failuresBefore: 4);

        Assert.Equal(new ScheduleInputs
        {
            Now = Now, ItemsInLast7Days = 12, ConsecutiveFailures = 0, TtlMinutes = 45, SkipHours = feed.SkipHours, SkipDays = feed.SkipDays,
            MaxAge = TimeSpan.FromMinutes(30), Expires = Now.AddHours(2),
        }, inputs);
    }

    [Fact]
    public void Inputs_WithACountFromTheStore_UseItOverTheFeedsDates()
    {
        var feed = new ParsedFeed { Format = FeedFormat.Rss20, Items = [new ParsedItem { Key = "a", Published = Now.AddHours(-1) }] };

        var inputs = ScheduleInputs.From(Now, new FetchResult.Fetched([], null, null, null, null, null, null), feed, itemsInLast7Days: 40, failuresBefore: 0);

        Assert.Equal(40, inputs.ItemsInLast7Days);
    }

    [Fact]
    public void Inputs_FromAFailure_CountTheFailureAndKeepRetryAfter()
    {
        var inputs = ScheduleInputs.From(Now, new FetchResult.RateLimited(Now.AddMinutes(90)), null, itemsInLast7Days: null, failuresBefore: 2);

        Assert.Equal(3, inputs.ConsecutiveFailures);
        Assert.Equal(Now.AddMinutes(90), inputs.RetryAfter);
    }

    [Fact]
    public void Validate_InconsistentOptions_Throws()
    {
        var error = Assert.Throws<ArgumentException>(new ScheduleOptions { MinIntervalMinutes = 60, MaxIntervalMinutes = 30, JitterFraction = 1 }.Validate);

        Assert.Contains("Scheduling:MaxIntervalMinutes", error.Message);
        Assert.Contains("Scheduling:JitterFraction", error.Message);
    }
}
