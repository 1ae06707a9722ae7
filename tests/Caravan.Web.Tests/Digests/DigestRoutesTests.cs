using System.Net;
using System.Text.RegularExpressions;
using Caravan.Web.Feeds;
using Caravan.Web.Pages;

namespace Caravan.Web.Digests;

public sealed class DigestRoutesTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task DailyDigest_OnePerStory_TheSharedStoryFirst()
    {
        var html = await web.Http.GetStringAsync("/digest/central-asia?date=2026-11-10");
        Assert.Contains("<h1>Central Asia digest, 10 November 2026</h1>", html);
        var headlines = Regex.Matches(html, "<article>\n<h2><a href=\"[^\"]+/article/\\d+\">([^<]+)</a></h2>").Select(m => m.Groups[1].Value).ToList();
        // The story told by two outlets leads; its Steppe Herald report came first (k3, 03:00).
        Assert.Equal("Kazakh story 3", headlines[0]);
        Assert.Contains("reported by 2 outlets", html);
        Assert.Equal(headlines.Count, headlines.Distinct().Count());
        Assert.DoesNotContain("Kazakh story 1<", html);
    }

    [Fact]
    public async Task DigestFeed_ParsesInFeedparser()
    {
        var response = await web.Http.GetAsync("/digest/kazakhstan/feed.atom?date=2026-11-10&period=week");
        var parsed = await Feedparser.ParseAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.True(parsed.Bozo == 0, parsed.Error);
        Assert.Equal(DigestBuilder.MaxEntries, parsed.Links.Length);
    }

    [Theory]
    [InlineData("/digest/atlantis", HttpStatusCode.NotFound)]
    [InlineData("/digest/central-asia?date=yesterday", HttpStatusCode.BadRequest)]
    [InlineData("/digest/central-asia?date=2026-11-10&period=year", HttpStatusCode.BadRequest)]
    [InlineData("/digest/central-asia/feed.xml?period=fortnight", HttpStatusCode.BadRequest)]
    [InlineData("/digest/central-asia", HttpStatusCode.OK)]
    public async Task Digest_Statuses(string path, HttpStatusCode status) =>
        Assert.Equal(status, (await web.Http.GetAsync(path)).StatusCode);
}
