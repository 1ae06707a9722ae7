using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Caravan.Web.Demo;

/// <summary>How the demo origin serves the sample archive.</summary>
public sealed record SampleOriginOptions
{
    /// <summary>Folder holding outlets.json and one folder per outlet.</summary>
    public required string SamplesPath { get; init; }
    /// <summary>Preferred port: a fixed port keeps the archive's URLs (and so its item keys) the same from run to run. 0 = any free port.</summary>
    public int PreferredPort { get; init; } = 5079;
    /// <summary>Artificial latency per response, to simulate distant outlets.</summary>
    public int LatencyMs { get; init; }
}

/// <summary>
/// Serves the offline sample archive over real HTTP on 127.0.0.1, as the outlets would: feeds with
/// ETag and Last-Modified (answering conditional requests with 304), article pages, home pages with
/// feed autodiscovery, robots.txt. The archive has editions: after <see cref="AdvanceEdition"/>,
/// outlets with a feed.2.* file serve their later edition.
/// </summary>
public sealed class SampleOrigin : IAsyncDisposable
{
    readonly WebApplication _app;
    readonly SampleArchive _archive;
    int _edition = 1;

    SampleOrigin(WebApplication app, SampleArchive archive)
    {
        _app = app;
        _archive = archive;
    }

    /// <summary>e.g. http://127.0.0.1:5079 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";
    public int Edition => _edition;
    public IReadOnlyList<SampleOutlet> Outlets => _archive.Outlets;
    /// <summary>How many requests the origin answered, by path; lets tests check politeness and conditional GETs.</summary>
    public int RequestCount => _requestCount;
    int _requestCount;

    public void AdvanceEdition() => Interlocked.Increment(ref _edition);

    public Uri FeedUrl(SampleOutlet outlet) => new($"{BaseUrl}/{outlet.Feed}");

    public static async Task<SampleOrigin> StartAsync(SampleOriginOptions options, CancellationToken ct)
    {
        var archive = SampleArchive.Load(options.SamplesPath);
        var port = options.PreferredPort != 0 && IsFree(options.PreferredPort) ? options.PreferredPort : 0;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var origin = new SampleOrigin(app, archive);
        app.Run(ctx => origin.ServeAsync(ctx, options.LatencyMs));
        await app.StartAsync(ct);
        origin.BaseUrl = app.Urls.First().TrimEnd('/');
        return origin;
    }

    async Task ServeAsync(HttpContext ctx, int latencyMs)
    {
        Interlocked.Increment(ref _requestCount);
        if (latencyMs > 0) await Task.Delay(latencyMs, ctx.RequestAborted);
        if (!HttpMethods.IsGet(ctx.Request.Method) && !HttpMethods.IsHead(ctx.Request.Method))
        {
            ctx.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        var file = _archive.Resolve(ctx.Request.Path.Value ?? "/", _edition);
        if (file is null)
        {
            ctx.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var body = file.Render(BaseUrl);
        var etag = "\"" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body).AsSpan(0, 8)) + "\"";
        var lastModified = SampleArchive.LastModified(file.Edition);
        ctx.Response.Headers.ETag = etag;
        ctx.Response.Headers.LastModified = lastModified.ToString("R");
        ctx.Response.Headers.CacheControl = "max-age=300";
        // RFC 9110 §13.1.2: If-None-Match takes precedence over If-Modified-Since.
        var inm = ctx.Request.Headers.IfNoneMatch.ToString();
        var notModified = inm.Length > 0
            ? inm.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*")
            : DateTimeOffset.TryParse(ctx.Request.Headers.IfModifiedSince.ToString(), out var ims) && ims >= lastModified;
        if (notModified)
        {
            ctx.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        ctx.Response.ContentType = file.ContentType;
        ctx.Response.ContentLength = body.Length;
        if (HttpMethods.IsGet(ctx.Request.Method))
            await ctx.Response.Body.WriteAsync(body, ctx.RequestAborted);
    }

    static bool IsFree(int port)
    {
        try
        {
            using var probe = new TcpListener(IPAddress.Loopback, port);
            probe.Start();
            probe.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
