using System.Net;
using System.Text.RegularExpressions;

namespace Caravan.Web.Pages;

public sealed class SearchFiltersTests(WebFixture web) : IClassFixture<WebFixture>
{
    static List<string> Titles(string html) => Regex.Matches(html, "<h2><a href=\"/article/\\d+\">([^<]+)</a></h2>").Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public async Task Filters_ByOutletTopicAndDates()
    {
        Assert.Equal(["Gas prices rise in Dushanbe too"], Titles(await web.Http.GetStringAsync($"/search?q=gas&outlet={web.SecondSourceId}")));
        Assert.Equal(["Gas prices rise in Dushanbe too"], Titles(await web.Http.GetStringAsync("/search?q=gas&topic=energy")));
        // Stories 0..29 are i hours before 10 Nov 06:00, so 9 Nov holds stories 7..29 except story 0, whose text changed.
        var ninth = Titles(await web.Http.GetStringAsync("/search?q=gas&from=2026-11-09&to=2026-11-09&sort=date"));
        Assert.Equal(23, ninth.Count);
        Assert.Equal("Kazakh story 7", ninth[0]);
        Assert.Empty(Titles(await web.Http.GetStringAsync("/search?q=gas&lang=ru")));
        Assert.Equal(30, Titles(await web.Http.GetStringAsync("/search?q=gas&lang=en")).Count);
    }

    [Fact]
    public async Task SortByDate_IsNewestFirst_AndTheFormRemembersTheChoices()
    {
        var html = await web.Http.GetStringAsync("/search?q=gas&sort=date&country=kazakhstan");
        var titles = Titles(html);
        Assert.Equal("Kazakh story 1", titles[0]);
        Assert.Contains("<option value=\"date\" selected>", html);
        Assert.Contains("<option value=\"kazakhstan\" selected>", html);
        Assert.Contains("newest first", html);
    }

    [Fact]
    public async Task FollowLink_CarriesTheFilters_AndTheFeedAppliesThem()
    {
        var html = await web.Http.GetStringAsync("/search?q=gas&topic=energy&sort=date");
        Assert.Contains("<a href=\"/search/feed.xml?q=gas&amp;topic=energy\">follow as RSS</a>", html);
        var rss = await web.Http.GetStringAsync("/search/feed.xml?q=gas&topic=energy");
        Assert.Single(Regex.Matches(rss, "<item>"));
        Assert.Contains("<title>Gas prices rise in Dushanbe too</title>", rss);
        Assert.Empty(Regex.Matches(await web.Http.GetStringAsync("/search/feed.xml?q=gas&lang=ru"), "<item>"));
        Assert.Equal(HttpStatusCode.BadRequest, (await web.Http.GetAsync("/search/feed.xml?q=gas&from=yesterday")).StatusCode);
    }

    [Fact]
    public async Task ResultCount_SaysWhenMoreMatchThanOnePage()
    {
        Assert.Contains("<p>30 results for <strong>gas</strong>", await web.Http.GetStringAsync("/search?q=gas"));
        Assert.Contains("<p>1 result for <strong>gas</strong>", await web.Http.GetStringAsync("/search?q=gas&topic=energy"));
    }

    [Theory]
    [InlineData("/search?q=gas&from=yesterday")]
    [InlineData("/search?q=gas&sort=random")]
    [InlineData("/search?q=gas&outlet=abc")]
    public async Task BadFilters_Are400(string path) =>
        Assert.Equal(HttpStatusCode.BadRequest, (await web.Http.GetAsync(path)).StatusCode);
}
