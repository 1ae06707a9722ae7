using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Caravan.Fetching;

/// <summary>Servers that never answer, drip, or send without end: every one must end in a value, quickly.</summary>
public sealed class HttpFetcherLimitTests
{
    private static Task<TestOrigin> StartOrigin(Counter dripped) => TestOrigin.StartAsync(app =>
    {
        app.MapGet("/silent", async (HttpContext c) => await Task.Delay(Timeout.Infinite, c.RequestAborted));
        app.MapGet("/drip", async (HttpContext c) =>
        {
            c.Response.ContentType = "application/rss+xml";
            await c.Response.StartAsync(c.RequestAborted);
            while (!c.RequestAborted.IsCancellationRequested)
            {
                await c.Response.Body.WriteAsync("<"u8.ToArray(), c.RequestAborted);
                await c.Response.Body.FlushAsync(c.RequestAborted);
                dripped.Increment();
                await Task.Delay(TimeSpan.FromSeconds(1), c.RequestAborted);
            }
        });
        app.MapGet("/slow-hop/{n:int}", async (int n, HttpContext c) =>
        {
            await Task.Delay(400, c.RequestAborted);
            c.Response.StatusCode = 302;
            c.Response.Headers.Location = $"/slow-hop/{n + 1}";
        });
        app.MapGet("/endless", EndlessBody.Plain);
        app.MapGet("/bomb", EndlessBody.GzipBomb);
        app.MapGet("/declared-huge", (HttpContext c) =>
        {
            c.Response.ContentLength = 50L * 1024 * 1024;
            return c.Response.StartAsync(); // headers only: the fetcher must refuse before reading
        });
    });

    [Fact]
    public async Task Fetch_ServerThatNeverAnswers_TimesOut()
    {
        await using var origin = await StartOrigin(new Counter());
        using var fetcher = FetcherFactory.Create(FetcherFactory.Options() with { TimeoutSeconds = 0.5 }, TimeProvider.System);

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("/silent")), CancellationToken.None);

        Assert.IsType<FetchResult.TimedOut>(result);
        Assert.InRange(result.Duration, TimeSpan.FromSeconds(0.4), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Fetch_ServerDrippingAByteASecond_HitsTheTotalTimeout()
    {
        var dripped = new Counter();
        await using var origin = await StartOrigin(dripped);
        using var fetcher = FetcherFactory.Create(FetcherFactory.Options() with { TimeoutSeconds = 1.5 }, TimeProvider.System);

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("/drip")), CancellationToken.None);

        // Headers and bytes kept arriving, so only a total (not an idle) timeout ends this.
        Assert.IsType<FetchResult.TimedOut>(result);
        Assert.InRange(dripped.Value, 1, 3);
        Assert.InRange(result.Duration, TimeSpan.FromSeconds(1.4), TimeSpan.FromSeconds(2.5));
    }

    [Fact]
    public async Task Fetch_SlowRedirectChain_SharesOneTotalTimeout()
    {
        await using var origin = await StartOrigin(new Counter());
        using var fetcher = FetcherFactory.Create(FetcherFactory.Options() with { TimeoutSeconds = 1 }, TimeProvider.System);

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("/slow-hop/0")), CancellationToken.None);

        // Each hop alone is well inside the timeout; three of them are not.
        Assert.IsType<FetchResult.TimedOut>(result);
        Assert.InRange(result.Duration, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(1.8));
    }

    [Fact]
    public async Task Fetch_EndlessBody_StopsAtTheSizeLimit()
    {
        await using var origin = await StartOrigin(new Counter());
        using var fetcher = FetcherFactory.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("/endless")), CancellationToken.None);

        Assert.Equal(1024 * 1024, Assert.IsType<FetchResult.TooLarge>(result).LimitBytes);
    }

    [Fact]
    public async Task Fetch_GzipBomb_StopsAtTheLimitCountedOnDecompressedBytes()
    {
        await using var origin = await StartOrigin(new Counter());
        using var fetcher = FetcherFactory.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("/bomb")), CancellationToken.None);

        Assert.IsType<FetchResult.TooLarge>(result);
    }

    [Fact]
    public async Task Fetch_DeclaredLengthOverTheLimit_IsTooLargeWithoutReading()
    {
        await using var origin = await StartOrigin(new Counter());
        using var fetcher = FetcherFactory.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("/declared-huge")), CancellationToken.None);

        Assert.IsType<FetchResult.TooLarge>(result);
    }

    [Fact]
    public async Task Fetch_CallerCancels_ThrowsRatherThanReportingATimeout()
    {
        await using var origin = await StartOrigin(new Counter());
        using var fetcher = FetcherFactory.Create(time: TimeProvider.System);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => fetcher.FetchAsync(new FetchRequest(origin.Url("/silent")), cancel.Token));
    }
}

/// <summary>Bodies without end, for size-limit tests; they stop when the client hangs up.</summary>
internal static class EndlessBody
{
    private static readonly byte[] Chunk = CreateChunk();

    public static async Task Plain(HttpContext c)
    {
        c.Response.ContentType = "application/rss+xml";
        try
        {
            while (!c.RequestAborted.IsCancellationRequested) await c.Response.Body.WriteAsync(Chunk, c.RequestAborted);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException) { }
    }

    /// <summary>Zeros compressed on the fly: a few KiB on the wire become gigabytes when inflated.</summary>
    public static async Task GzipBomb(HttpContext c)
    {
        c.Response.ContentType = "application/rss+xml";
        c.Response.Headers.ContentEncoding = "gzip";
        var zeros = new byte[64 * 1024];
        try
        {
            await using var gzip = new GZipStream(c.Response.Body, CompressionLevel.Optimal, leaveOpen: true);
            for (long sent = 0; sent < 8L * 1024 * 1024 * 1024 && !c.RequestAborted.IsCancellationRequested; sent += zeros.Length)
                await gzip.WriteAsync(zeros, c.RequestAborted);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException) { }
    }

    private static byte[] CreateChunk()
    {
        var chunk = new byte[64 * 1024];
        "<rss><channel><title>endless</title>"u8.CopyTo(chunk);
        chunk.AsSpan(36).Fill((byte)' ');
        return chunk;
    }
}
