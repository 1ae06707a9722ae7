using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Caravan.Fetching;

public sealed class HttpFetcherRobotsTests
{
    private const string Robots = """
        User-agent: *
        Disallow: /articles/
        Allow: /articles/open-
        """;

    private static Task<TestOrigin> StartOrigin(Counter robotsHits, Counter articleHits, int robotsStatus = 200) => TestOrigin.StartAsync(app =>
    {
        app.MapGet("/robots.txt", () =>
        {
            robotsHits.Increment();
            return robotsStatus == 200 ? Results.Text(Robots) : Results.StatusCode(robotsStatus);
        });
        app.MapGet("/articles/{slug}", (string slug) => { articleHits.Increment(); return Results.Text($"<html><body>{slug}</body></html>", "text/html"); });
        app.MapGet("/articles/feed.xml", () => Results.Text("<rss version=\"2.0\"><channel/></rss>", "application/rss+xml"));
    });

    [Fact]
    public async Task Fetch_ArticlePageDisallowedByRobots_IsRefusedWithoutRequestingIt()
    {
        var robotsHits = new Counter();
        var articleHits = new Counter();
        await using var origin = await StartOrigin(robotsHits, articleHits);
        using var fetcher = FetcherFactory.Create();

        var blocked = await fetcher.FetchAsync(new FetchRequest(origin.Url("/articles/secret"), Purpose: FetchPurpose.ArticlePage), CancellationToken.None);
        var allowed = await fetcher.FetchAsync(new FetchRequest(origin.Url("/articles/open-letter"), Purpose: FetchPurpose.ArticlePage), CancellationToken.None);

        Assert.Contains("robots.txt", Assert.IsType<FetchResult.Refused>(blocked).Reason);
        Assert.IsType<FetchResult.Fetched>(allowed);
        Assert.Equal(1, articleHits.Value);
        Assert.Equal(1, robotsHits.Value); // cached per origin
    }

    [Fact]
    public async Task Fetch_FeedUnderADisallowedPath_IsFetchedByDefaultAndRefusedWhenConfigured()
    {
        await using var origin = await StartOrigin(new Counter(), new Counter());
        using var readerLike = FetcherFactory.Create();
        using var strict = FetcherFactory.Create(FetcherFactory.Options() with { RespectRobotsForFeeds = true });

        var asReader = await readerLike.FetchAsync(new FetchRequest(origin.Url("/articles/feed.xml")), CancellationToken.None);
        var asStrict = await strict.FetchAsync(new FetchRequest(origin.Url("/articles/feed.xml")), CancellationToken.None);

        Assert.IsType<FetchResult.Fetched>(asReader);
        Assert.IsType<FetchResult.Refused>(asStrict);
    }

    [Fact]
    public async Task Fetch_RobotsMissing_AllowsEverything()
    {
        await using var origin = await StartOrigin(new Counter(), new Counter(), robotsStatus: 404);
        using var fetcher = FetcherFactory.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("/articles/secret"), Purpose: FetchPurpose.ArticlePage), CancellationToken.None);

        Assert.IsType<FetchResult.Fetched>(result);
    }

    [Fact]
    public async Task Fetch_RobotsServerError_DisallowsEverything()
    {
        var articleHits = new Counter();
        await using var origin = await StartOrigin(new Counter(), articleHits, robotsStatus: 500);
        using var fetcher = FetcherFactory.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("/articles/open-letter"), Purpose: FetchPurpose.ArticlePage), CancellationToken.None);

        Assert.IsType<FetchResult.Refused>(result);
        Assert.Equal(0, articleHits.Value);
    }
}
