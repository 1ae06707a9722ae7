using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Caravan.Fetching;

public sealed class FeedDiscoveryTests
{
    private const string Rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title></channel></rss>";
    private const string PageWithLinks = """
        <!doctype html><html><head>
        <link rel="alternate" type="application/atom+xml" href="/news/atom.xml">
        <link rel="alternate" type="application/rss+xml" href="https://feeds.outlet.test/rss">
        </head><body>News</body></html>
        """;
    private const string PlainPage = "<!doctype html><html><head><title>No feeds here</title></head><body>News</body></html>";

    private static async Task<FeedDiscoveryResult> Discover(Action<WebApplication> routes, string path)
    {
        await using var origin = await TestOrigin.StartAsync(routes);
        using var fetcher = FetcherFactory.Create();
        var result = await new FeedDiscovery(fetcher).DiscoverAsync(origin.Url(path), CancellationToken.None);
        // Report URLs relative to the origin so expectations do not depend on the port.
        return result with { Feeds = result.Feeds.Select(f => f.Authority == origin.BaseUrl.Authority ? new Uri(f.PathAndQuery, UriKind.Relative) : f).ToList() };
    }

    [Fact]
    public async Task Discover_PageWithAutodiscoveryLinks_ReturnsThemInOrder()
    {
        var result = await Discover(app => app.MapGet("/", () => Results.Text(PageWithLinks, "text/html")), "/");

        Assert.Equal([new Uri("/news/atom.xml", UriKind.Relative), new Uri("https://feeds.outlet.test/rss")], result.Feeds);
    }

    [Fact]
    public async Task Discover_UrlThatIsAFeed_ReturnsItself()
    {
        var result = await Discover(app => app.MapGet("/feed.xml", () => Results.Text(Rss, "text/xml")), "/feed.xml");

        Assert.Equal([new Uri("/feed.xml", UriKind.Relative)], result.Feeds);
    }

    [Fact]
    public async Task Discover_PageWithoutLinks_FindsTheFirstCommonPathServingAFeed()
    {
        var result = await Discover(app =>
        {
            app.MapGet("/", () => Results.Text(PlainPage, "text/html"));
            app.MapGet("/feed", () => Results.Text(PlainPage, "text/html")); // a page, not a feed: skipped
            app.MapGet("/atom.xml", () => Results.Text(Rss, "application/xml"));
            app.MapGet("/feed.json", () => Results.Text(Rss, "application/xml"));
        }, "/section/");

        Assert.Equal([new Uri("/atom.xml", UriKind.Relative)], result.Feeds);
    }

    [Fact]
    public async Task Discover_NoFeedAnywhere_SaysWhereItLooked()
    {
        var result = await Discover(app => app.MapGet("/", () => Results.Text(PlainPage, "text/html")), "/");

        Assert.False(result.Found);
        Assert.Contains("/rss.xml", result.Problem);
    }

    [Fact]
    public async Task Discover_InternalAddressWithoutAllowList_IsRefused()
    {
        using var fetcher = FetcherFactory.Create(FetcherFactory.Options(allowedHosts: ""));

        var result = await new FeedDiscovery(fetcher).DiscoverAsync(new Uri("http://127.0.0.1:9/"), CancellationToken.None);

        Assert.False(result.Found);
        Assert.Contains("refused", result.Problem);
    }
}
