using System.Net;
using Caravan.Web.Pages;

namespace Caravan.Web.Api;

public sealed class ApiRateLimitTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task AnonymousApiUse_IsLimited_PagesAndFeedsAreNot()
    {
        await using var app = WebApp.Create(new WebOptions { Url = "http://127.0.0.1:0", ApiRequestsPerMinute = 3 }, web.Store);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.BoundUrl()) };
        for (int i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/sources")).StatusCode);
        var limited = await http.GetAsync("/api/v1/articles");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType!.MediaType);
        Assert.True(limited.Headers.RetryAfter is not null);
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/category/kazakhstan")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/category/kazakhstan/feed.xml")).StatusCode);
        }
        await app.StopAsync();
    }
}
