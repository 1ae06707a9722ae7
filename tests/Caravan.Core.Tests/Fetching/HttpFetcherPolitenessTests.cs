using Caravan.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Caravan.Fetching;

public sealed class HttpFetcherPolitenessTests
{
    /// <summary>Counts requests in flight at once; each request holds the server a few milliseconds.</summary>
    private sealed class OverlapMeter
    {
        private int _inFlight;
        private int _max;
        public int Max => Volatile.Read(ref _max);
        public Counter Served { get; } = new();

        public async Task<IResult> Serve()
        {
            var now = Interlocked.Increment(ref _inFlight);
            int seen;
            while (now > (seen = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, seen) != seen) { }
            await Task.Delay(5);
            Interlocked.Decrement(ref _inFlight);
            Served.Increment();
            return Results.Text("<rss version=\"2.0\"><channel/></rss>", "application/rss+xml");
        }
    }

    [Fact]
    public async Task Fetch_FiftySourcesOnOneHost_NeverOverlapWithConcurrencyOne()
    {
        var meter = new OverlapMeter();
        await using var origin = await TestOrigin.StartAsync(app => app.MapGet("/feeds/{n:int}", (int n) => meter.Serve()));
        using var fetcher = FetcherFactory.Create(FetcherFactory.Options() with { PerHostConcurrency = 1 });

        var results = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(n => fetcher.FetchAsync(new FetchRequest(origin.Url($"/feeds/{n}")), CancellationToken.None)));

        Assert.All(results, r => Assert.IsType<FetchResult.Fetched>(r));
        Assert.Equal(50, meter.Served.Value);
        Assert.Equal(1, meter.Max);
    }

    [Fact]
    public async Task Fetch_WithConcurrencyThree_OverlapsButNeverMoreThanThree()
    {
        var meter = new OverlapMeter();
        await using var origin = await TestOrigin.StartAsync(app => app.MapGet("/feeds/{n:int}", (int n) => meter.Serve()));
        using var fetcher = FetcherFactory.Create(FetcherFactory.Options() with { PerHostConcurrency = 3 });

        await Task.WhenAll(Enumerable.Range(0, 30)
            .Select(n => fetcher.FetchAsync(new FetchRequest(origin.Url($"/feeds/{n}")), CancellationToken.None)));

        Assert.InRange(meter.Max, 2, 3);
    }

    [Fact]
    public async Task Fetch_SecondRequestToAHost_WaitsForTheMinimumDelay()
    {
        var meter = new OverlapMeter();
        await using var origin = await TestOrigin.StartAsync(app => app.MapGet("/feeds/{n:int}", (int n) => meter.Serve()));
        var time = new ManualTimeProvider();
        using var fetcher = FetcherFactory.Create(FetcherFactory.Options() with { MinDelayBetweenRequestsToHostMs = 2000 }, time);

        await fetcher.FetchAsync(new FetchRequest(origin.Url("/feeds/1")), CancellationToken.None);
        var second = fetcher.FetchAsync(new FetchRequest(origin.Url("/feeds/2")), CancellationToken.None);
        await WaitUntil(() => time.PendingTimers > 0);

        time.Advance(TimeSpan.FromMilliseconds(1999));
        Assert.False(second.IsCompleted);
        Assert.Equal(1, meter.Served.Value);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.IsType<FetchResult.Fetched>(await second);
        Assert.Equal(2, meter.Served.Value);
    }

    [Fact]
    public async Task Fetch_DifferentHosts_DoNotWaitForEachOther()
    {
        var meter = new OverlapMeter();
        await using var origin = await TestOrigin.StartAsync(app => app.MapGet("/feeds/{n:int}", (int n) => meter.Serve()));
        var time = new ManualTimeProvider();
        var resolver = new FixedResolver(("a.test", "127.0.0.1"), ("b.test", "127.0.0.1"));
        using var fetcher = FetcherFactory.Create(FetcherFactory.Options("a.test,b.test") with { MinDelayBetweenRequestsToHostMs = 60_000 }, time, resolver);

        var a = await fetcher.FetchAsync(new FetchRequest(origin.Url("a.test", "/feeds/1")), CancellationToken.None);
        var b = await fetcher.FetchAsync(new FetchRequest(origin.Url("b.test", "/feeds/2")), CancellationToken.None);

        Assert.IsType<FetchResult.Fetched>(a);
        Assert.IsType<FetchResult.Fetched>(b);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition());
    }
}
