using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Caravan.Fetching;

/// <summary>What a fetched body is, judged by content, not by the server's label.</summary>
public sealed class HttpFetcherContentTests
{
    private const string Rss = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>t</title></channel></rss>";
    private const string Atom = "\uFEFF<?xml version=\"1.0\"?><!-- generator --><feed xmlns=\"http://www.w3.org/2005/Atom\"/>";
    private const string JsonFeed = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": []}";
    private const string Page = """
        <!DOCTYPE html>
        <html><head><title>Outlet</title>
        <base href="/news/">
        <link rel="alternate" type="application/rss+xml" title="RSS" href="rss.xml">
        <link rel="alternate" type="application/atom+xml" href="https://cdn.outlet.test/atom.xml">
        <link rel="alternate" type="application/feed+json" href="/feed.json">
        <link rel="alternate" hreflang="de" href="/de/">
        <link rel="stylesheet" type="text/css" href="/site.css">
        </head><body><p>Hello</p></body></html>
        """;

    private static Task<TestOrigin> StartOrigin() => TestOrigin.StartAsync(app =>
    {
        app.MapGet("/rss-as-html", () => Results.Text(Rss, "text/html"));
        app.MapGet("/atom-as-octets", () => Results.Text(Atom, "application/octet-stream"));
        app.MapGet("/json-as-text", () => Results.Text(JsonFeed, "text/plain"));
        app.MapGet("/page", () => Results.Text(Page, "text/html; charset=utf-8"));
        app.MapGet("/page-as-rss", () => Results.Text(Page, "application/rss+xml"));
        app.MapGet("/image", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "image/png"));
    });

    private static async Task<FetchResult> Fetch(TestOrigin origin, string path, FetchPurpose purpose = FetchPurpose.Feed)
    {
        using var fetcher = FetcherFactory.Create();
        return await fetcher.FetchAsync(new FetchRequest(origin.Url(path), Purpose: purpose), CancellationToken.None);
    }

    [Theory]
    [InlineData("/rss-as-html")]
    [InlineData("/atom-as-octets")]
    [InlineData("/json-as-text")]
    public async Task Fetch_FeedWithWrongContentType_IsStillFetched(string path)
    {
        await using var origin = await StartOrigin();

        var result = await Fetch(origin, path);

        Assert.IsType<FetchResult.Fetched>(result);
    }

    [Fact]
    public async Task Fetch_HtmlPageWithAutodiscoveryLinks_IsNotAFeedAndListsThem()
    {
        await using var origin = await StartOrigin();

        var result = await Fetch(origin, "/page");

        var notAFeed = Assert.IsType<FetchResult.NotAFeed>(result);
        Assert.Equal([origin.Url("/news/rss.xml"), new Uri("https://cdn.outlet.test/atom.xml"), origin.Url("/feed.json")], notAFeed.FeedLinks);
    }

    [Fact]
    public async Task Fetch_HtmlLabelledAsRss_IsNotAFeed()
    {
        await using var origin = await StartOrigin();

        var result = await Fetch(origin, "/page-as-rss");

        Assert.IsType<FetchResult.NotAFeed>(result);
    }

    [Fact]
    public async Task Fetch_ImageWhereAFeedWasExpected_IsNotAFeedWithNoLinks()
    {
        await using var origin = await StartOrigin();

        var result = await Fetch(origin, "/image");

        Assert.Empty(Assert.IsType<FetchResult.NotAFeed>(result).FeedLinks);
    }

    [Fact]
    public async Task Fetch_HtmlAsArticlePage_IsFetched()
    {
        await using var origin = await StartOrigin();

        var result = await Fetch(origin, "/page", FetchPurpose.ArticlePage);

        Assert.Equal("text/html", Assert.IsType<FetchResult.Fetched>(result).ContentType);
    }
}
