using System.IO.Compression;
using System.Text;
using Caravan.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Caravan.Fetching;

public sealed class HttpFetcherConditionalTests
{
    private const string Rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>";
    private const string ETag = "\"v1\"";
    private const string LastModified = "Tue, 03 Mar 2026 10:00:00 GMT";

    private static Task<TestOrigin> StartConditionalOrigin(Counter hits) => TestOrigin.StartAsync(app =>
    {
        app.MapGet("/feed", async (HttpContext context) =>
        {
            hits.Increment();
            var request = context.Request.Headers;
            context.Response.Headers.ETag = ETag;
            context.Response.Headers.LastModified = LastModified;
            if (request.IfNoneMatch == ETag || request.IfModifiedSince == LastModified)
            {
                context.Response.StatusCode = 304;
                return;
            }
            context.Response.Headers.CacheControl = "public, max-age=600";
            context.Response.Headers.Expires = "Tue, 03 Mar 2026 11:00:00 GMT";
            context.Response.ContentType = "application/rss+xml; charset=windows-1251";
            await context.Response.WriteAsync(Rss);
        });
    });

    [Fact]
    public async Task Fetch_FirstTime_ReturnsBodyValidatorsAndCachingHints()
    {
        var hits = new Counter();
        await using var origin = await StartConditionalOrigin(hits);
        using var fetcher = FetcherFactory.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("/feed")), CancellationToken.None);

        var fetched = Assert.IsType<FetchResult.Fetched>(result);
        Assert.Equal(Rss, Encoding.UTF8.GetString(fetched.Body));
        Assert.Equal("application/rss+xml", fetched.ContentType);
        Assert.Equal("windows-1251", fetched.Charset);
        Assert.Equal(ETag, fetched.ETag);
        Assert.Equal(LastModified, fetched.LastModified);
        Assert.Equal(TimeSpan.FromSeconds(600), fetched.MaxAge);
        Assert.Equal(new DateTimeOffset(2026, 3, 3, 11, 0, 0, TimeSpan.Zero), fetched.Expires);
        Assert.Equal(200, fetched.HttpStatus);
        Assert.Equal(Rss.Length, fetched.Bytes);
        Assert.Equal(origin.Url("/feed"), fetched.FinalUrl);
    }

    [Fact]
    public async Task Fetch_WithStoredETag_ReturnsNotModified()
    {
        await using var origin = await StartConditionalOrigin(new Counter());
        using var fetcher = FetcherFactory.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("/feed"), ETag: ETag), CancellationToken.None);

        var notModified = Assert.IsType<FetchResult.NotModified>(result);
        Assert.Equal(ETag, notModified.ETag);
        Assert.Equal(304, notModified.HttpStatus);
    }

    [Fact]
    public async Task Fetch_WithStoredLastModifiedOnly_ReturnsNotModified()
    {
        await using var origin = await StartConditionalOrigin(new Counter());
        using var fetcher = FetcherFactory.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("/feed"), LastModified: LastModified), CancellationToken.None);

        var notModified = Assert.IsType<FetchResult.NotModified>(result);
        Assert.Equal(LastModified, notModified.LastModified);
    }

    [Fact]
    public async Task Fetch_WithStaleETag_ReturnsTheNewBody()
    {
        await using var origin = await StartConditionalOrigin(new Counter());
        using var fetcher = FetcherFactory.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("/feed"), ETag: "\"v0\""), CancellationToken.None);

        Assert.Equal(ETag, Assert.IsType<FetchResult.Fetched>(result).ETag);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("deflate")]
    [InlineData("br")]
    public async Task Fetch_CompressedBody_IsDecompressed(string encoding)
    {
        await using var origin = await TestOrigin.StartAsync(app => app.MapGet("/feed", async (HttpContext context) =>
        {
            context.Response.ContentType = "application/rss+xml";
            context.Response.Headers.ContentEncoding = encoding;
            await using Stream compressor = encoding switch
            {
                "gzip" => new GZipStream(context.Response.Body, CompressionLevel.Fastest, leaveOpen: true),
                "deflate" => new ZLibStream(context.Response.Body, CompressionLevel.Fastest, leaveOpen: true),
                _ => new BrotliStream(context.Response.Body, CompressionLevel.Fastest, leaveOpen: true),
            };
            await compressor.WriteAsync(Encoding.UTF8.GetBytes(Rss));
        }));
        using var fetcher = FetcherFactory.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("/feed")), CancellationToken.None);

        Assert.Equal(Rss, Encoding.UTF8.GetString(Assert.IsType<FetchResult.Fetched>(result).Body));
    }

    [Fact]
    public async Task Fetch_SendsTheConfiguredUserAgentAndAnAcceptHeaderForFeeds()
    {
        string? userAgent = null, accept = null;
        await using var origin = await TestOrigin.StartAsync(app => app.MapGet("/feed", (HttpContext context) =>
        {
            userAgent = context.Request.Headers.UserAgent;
            accept = context.Request.Headers.Accept;
            return Results.Text(Rss, "application/rss+xml");
        }));
        using var fetcher = FetcherFactory.Create(FetcherFactory.Options() with { UserAgent = "CaravanTest/1.0 (+https://example.org/bot)" });

        await fetcher.FetchAsync(new FetchRequest(origin.Url("/feed")), CancellationToken.None);

        Assert.Equal("CaravanTest/1.0 (+https://example.org/bot)", userAgent);
        Assert.StartsWith("application/rss+xml", accept);
    }
}

/// <summary>A thread-safe hit counter for test servers.</summary>
internal sealed class Counter
{
    private int _value;
    public int Value => Volatile.Read(ref _value);
    public int Increment() => Interlocked.Increment(ref _value);
}
