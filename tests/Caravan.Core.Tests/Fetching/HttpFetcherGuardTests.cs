using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Caravan.Fetching;

/// <summary>The SSRF guard, against a real origin reached through an allow-listed host name.</summary>
public sealed class HttpFetcherGuardTests
{
    private const string Rss = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";

    private static Task<TestOrigin> StartOrigin(Counter internalHits) => TestOrigin.StartAsync(app =>
    {
        app.MapGet("/feed", () => Results.Text(Rss, "application/rss+xml"));
        app.MapGet("/internal", () => { internalHits.Increment(); return Results.Text("secret"); });
        app.MapGet("/go", (string to) => Results.Extensions.Redirect(302, to));
    });

    // The origin listens on 127.0.0.1 but is reachable only as "origin.test", the one allow-listed name.
    private static HttpFetcher GuardedFetcher(FixedResolver resolver) =>
        FetcherFactory.Create(FetcherFactory.Options(allowedHosts: "origin.test"), resolver: resolver);

    private static FixedResolver Resolver() => new(("origin.test", "127.0.0.1"), ("intranet.test", "192.168.1.10"),
        ("rebind.test", "127.0.0.1"), ("mapped.test", "::ffff:127.0.0.1"));

    [Fact]
    public async Task Fetch_AllowListedHostOnLoopback_IsFetched()
    {
        await using var origin = await StartOrigin(new Counter());
        using var fetcher = GuardedFetcher(Resolver());

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("origin.test", "/feed")), CancellationToken.None);

        Assert.IsType<FetchResult.Fetched>(result);
    }

    [Fact]
    public async Task Fetch_RedirectTo127001_IsRefusedAndTheTargetNeverHit()
    {
        var internalHits = new Counter();
        await using var origin = await StartOrigin(internalHits);
        using var fetcher = GuardedFetcher(Resolver());
        var target = Uri.EscapeDataString($"http://127.0.0.1:{origin.Port}/internal");

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("origin.test", $"/go?to={target}")), CancellationToken.None);

        Assert.Contains("127.0.0.1", Assert.IsType<FetchResult.Refused>(result).Reason);
        Assert.Equal(0, internalHits.Value);
    }

    [Fact]
    public async Task Fetch_RedirectTo10001_IsRefusedWithoutConnecting()
    {
        await using var origin = await StartOrigin(new Counter());
        using var fetcher = GuardedFetcher(Resolver());
        var target = Uri.EscapeDataString("http://10.0.0.1/admin");

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("origin.test", $"/go?to={target}")), CancellationToken.None);

        // Refused by the connect callback before a socket exists: no packet leaves for 10.0.0.1.
        var refused = Assert.IsType<FetchResult.Refused>(result);
        Assert.Contains("10.0.0.1", refused.Reason);
        Assert.Equal(new Uri("http://10.0.0.1/admin"), refused.FinalUrl);
    }

    [Theory]
    [InlineData("intranet.test", "192.168.1.10")]   // a name that resolves to a private address
    [InlineData("rebind.test", "127.0.0.1")]        // a public-looking name rebound to loopback
    [InlineData("mapped.test", "::ffff:127.0.0.1")] // IPv4-mapped IPv6 loopback
    public async Task Fetch_HostResolvingToInternalAddress_IsRefused(string host, string address)
    {
        var internalHits = new Counter();
        await using var origin = await StartOrigin(internalHits);
        var resolver = Resolver();
        using var fetcher = GuardedFetcher(resolver);

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url(host, "/internal")), CancellationToken.None);

        Assert.Contains(address, Assert.IsType<FetchResult.Refused>(result).Reason);
        Assert.Contains(host, resolver.Lookups);
        Assert.Equal(0, internalHits.Value);
    }

    [Theory]
    [InlineData("http://127.0.0.1:{0}/internal")]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/internal")]
    [InlineData("http://[::1]:{0}/internal")]
    [InlineData("http://0.0.0.0:{0}/internal")]
    public async Task Fetch_InternalAddressLiteral_IsRefusedByDefault(string template)
    {
        var internalHits = new Counter();
        await using var origin = await StartOrigin(internalHits);
        using var fetcher = FetcherFactory.Create(FetcherFactory.Options(allowedHosts: ""));

        var result = await fetcher.FetchAsync(new FetchRequest(new Uri(string.Format(template, origin.Port))), CancellationToken.None);

        Assert.IsType<FetchResult.Refused>(result);
        Assert.Equal(0, internalHits.Value);
    }

    [Fact]
    public async Task Fetch_LoopbackAllowedByCidr_IsFetched()
    {
        await using var origin = await StartOrigin(new Counter());
        using var fetcher = FetcherFactory.Create(FetcherFactory.Options(allowedHosts: "127.0.0.0/8"));

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("/feed")), CancellationToken.None);

        Assert.IsType<FetchResult.Fetched>(result);
    }

    [Theory]
    [InlineData("ftp://example.org/feed")]
    [InlineData("file:///etc/passwd")]
    public async Task Fetch_OtherSchemes_AreRefused(string url)
    {
        using var fetcher = FetcherFactory.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(new Uri(url)), CancellationToken.None);

        Assert.IsType<FetchResult.Refused>(result);
    }

    [Fact]
    public async Task AllowedAddresses_MixedAnswer_KeepsOnlyThePublicAddresses()
    {
        var connector = new GuardedConnector(HostAllowList.Empty, new FixedResolver(("mixed.test", "10.0.0.5"), ("mixed.test", "93.184.216.34")));

        var allowed = await connector.AllowedAddressesAsync("mixed.test", CancellationToken.None);

        Assert.Equal(["93.184.216.34"], allowed.Select(a => a.ToString()));
    }
}
