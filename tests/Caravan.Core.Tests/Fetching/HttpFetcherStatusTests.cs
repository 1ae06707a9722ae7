using Caravan.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Caravan.Fetching;

public sealed class HttpFetcherStatusTests
{
    private static Task<TestOrigin> StartOrigin() => TestOrigin.StartAsync(app =>
    {
        app.MapGet("/429-seconds", (HttpContext c) => { c.Response.Headers.RetryAfter = "120"; return Results.StatusCode(429); });
        app.MapGet("/429-date", (HttpContext c) => { c.Response.Headers.RetryAfter = "Tue, 03 Mar 2026 09:30:00 GMT"; return Results.StatusCode(429); });
        app.MapGet("/429-bare", () => Results.StatusCode(429));
        app.MapGet("/503-retry", (HttpContext c) => { c.Response.Headers.RetryAfter = "30"; return Results.StatusCode(503); });
        app.MapGet("/{code:int}", (int code) => Results.StatusCode(code));
    });

    private static async Task<FetchResult> Fetch(TestOrigin origin, string path, TimeProvider? time = null)
    {
        using var fetcher = FetcherFactory.Create(time: time);
        return await fetcher.FetchAsync(new FetchRequest(origin.Url(path)), CancellationToken.None);
    }

    [Fact]
    public async Task Fetch_429WithRetryAfterSeconds_IsRateLimitedUntilNowPlusDelay()
    {
        await using var origin = await StartOrigin();
        var time = new ManualTimeProvider();

        var result = await Fetch(origin, "/429-seconds", time);

        Assert.Equal(time.GetUtcNow().AddSeconds(120), Assert.IsType<FetchResult.RateLimited>(result).RetryAfter);
    }

    [Fact]
    public async Task Fetch_429WithRetryAfterDate_IsRateLimitedUntilThatDate()
    {
        await using var origin = await StartOrigin();

        var result = await Fetch(origin, "/429-date");

        Assert.Equal(new DateTimeOffset(2026, 3, 3, 9, 30, 0, TimeSpan.Zero), Assert.IsType<FetchResult.RateLimited>(result).RetryAfter);
    }

    [Fact]
    public async Task Fetch_429WithoutRetryAfter_IsRateLimitedWithNoDate()
    {
        await using var origin = await StartOrigin();

        var result = await Fetch(origin, "/429-bare");

        Assert.Null(Assert.IsType<FetchResult.RateLimited>(result).RetryAfter);
    }

    [Fact]
    public async Task Fetch_503WithRetryAfter_IsRateLimited()
    {
        await using var origin = await StartOrigin();

        var result = await Fetch(origin, "/503-retry");

        Assert.Equal(503, Assert.IsType<FetchResult.RateLimited>(result).HttpStatus);
    }

    [Fact]
    public async Task Fetch_410_IsGone()
    {
        await using var origin = await StartOrigin();

        var result = await Fetch(origin, "/410");

        Assert.Equal(410, Assert.IsType<FetchResult.Gone>(result).HttpStatus);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Fetch_5xx_IsServerError(int code)
    {
        await using var origin = await StartOrigin();

        var result = await Fetch(origin, $"/{code}");

        var error = Assert.IsType<FetchResult.ServerError>(result);
        Assert.Equal(code, error.HttpStatus);
        Assert.StartsWith($"HTTP {code}", error.Reason);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task Fetch_Other4xx_FailsWithTheStatus(int code)
    {
        await using var origin = await StartOrigin();

        var result = await Fetch(origin, $"/{code}");

        Assert.Equal(code, Assert.IsType<FetchResult.Failed>(result).HttpStatus);
    }

    [Fact]
    public async Task Fetch_NothingListening_FailsWithTheReason()
    {
        int port;
        await using (var origin = await StartOrigin()) port = origin.Port;
        using var fetcher = FetcherFactory.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(new Uri($"http://127.0.0.1:{port}/feed")), CancellationToken.None);

        Assert.False(string.IsNullOrEmpty(Assert.IsType<FetchResult.Failed>(result).Reason));
    }
}
