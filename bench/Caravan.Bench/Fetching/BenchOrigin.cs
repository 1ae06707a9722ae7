using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Caravan.Bench.Fetching;

/// <summary>
/// One Kestrel server on many loopback addresses (127.0.0.2, 127.0.0.3, ...), one port, serving
/// /feeds/{n}: most answer 304 to the stored ETag, some send a changed feed, a few are slow.
/// It also measures how many requests each host had in flight at once.
/// </summary>
internal sealed class BenchOrigin : IAsyncDisposable
{
    public const string CurrentETag = "\"v2\"";
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _inFlight = new();
    private int _maxPerHost;
    private static readonly byte[] Feed = BuildFeed();

    private BenchOrigin(WebApplication app, int port, IReadOnlyList<IPAddress> addresses)
    {
        _app = app;
        Port = port;
        Addresses = addresses;
    }

    public int Port { get; }
    public IReadOnlyList<IPAddress> Addresses { get; }
    public int MaxInFlightPerHost => Volatile.Read(ref _maxPerHost);
    public int Served;

    /// <summary>
    /// What source n gets: 1 in 20 slow, 3 in 20 changed, the rest not modified; hashed so the slow
    /// ones spread over the hosts instead of all landing on the same few.
    /// </summary>
    public static string Kind(int n) => (int)(((uint)n * 2654435761u >> 16) % 20) switch { 0 => "slow", 1 or 2 or 3 => "changed", _ => "unchanged" };

    public static async Task<BenchOrigin> StartAsync(int hosts, int slowMs)
    {
        var addresses = Enumerable.Range(2, hosts).Select(i => new IPAddress([127, 0, (byte)(i / 256), (byte)(i % 256)])).ToList();
        var port = FreePort(addresses[0]);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            foreach (var address in addresses) k.Listen(address, port);
        });
        var app = builder.Build();
        BenchOrigin? origin = null;
        app.MapGet("/feeds/{n:int}", (int n, HttpContext context) => origin!.ServeAsync(n, context, slowMs));
        origin = new BenchOrigin(app, port, addresses);
        await app.StartAsync();
        return origin;
    }

    private async Task ServeAsync(int n, HttpContext context, int slowMs)
    {
        var host = context.Connection.LocalIpAddress!.ToString();
        var now = _inFlight.AddOrUpdate(host, 1, (_, v) => v + 1);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxPerHost)) && Interlocked.CompareExchange(ref _maxPerHost, now, seen) != seen) { }
        try
        {
            var kind = Kind(n);
            if (kind == "slow") await Task.Delay(slowMs, context.RequestAborted);
            if (kind == "unchanged" && context.Request.Headers.IfNoneMatch == CurrentETag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.Headers.ETag = CurrentETag;
                return;
            }
            context.Response.ContentType = "application/rss+xml; charset=utf-8";
            context.Response.Headers.ETag = CurrentETag;
            await context.Response.Body.WriteAsync(Feed, context.RequestAborted);
        }
        finally
        {
            _inFlight.AddOrUpdate(host, 0, (_, v) => v - 1);
            Interlocked.Increment(ref Served);
        }
    }

    private static int FreePort(IPAddress address)
    {
        using var probe = new TcpListener(address, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static byte[] BuildFeed()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Bench outlet</title>");
        for (var i = 0; i < 30; i++)
            xml.Append($"<item><title>Story {i}</title><link>https://outlet.test/{i}</link><description>{new string('x', 500)}</description></item>");
        return Encoding.UTF8.GetBytes(xml.Append("</channel></rss>").ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
