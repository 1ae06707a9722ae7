using System.Net;
using Caravan.Web.Pages;

namespace Caravan.Web.Feeds;

/// <summary>Every outgoing RSS and Atom feed, read by npm rss-parser too: the same items, in the same order, with the same titles as feedparser reads.</summary>
public sealed class RssParserTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Theory]
    [InlineData("/category/kazakhstan/feed.xml", 31)]
    [InlineData("/category/kazakhstan/feed.atom", 31)]
    [InlineData("/category/kazakhstan/feed.xml?stories=1", 29)]
    [InlineData("/category/kyrgyzstan/feed.atom", 1)]
    [InlineData("/category/mongolia/feed.xml", 0)]
    [InlineData("/search/feed.xml?q=earthquake", 1)]
    [InlineData("/search/feed.atom?q=gas", 30)]
    [InlineData("/story/{story}/feed.xml", 4)]
    [InlineData("/story/{story}/feed.atom", 4)]
    [InlineData("/source/{source}/feed.xml", 32)]
    [InlineData("/source/{source}/feed.atom?stories=1", 30)]
    [InlineData("/digest/kazakhstan/feed.atom?date=2026-11-10&period=week", 20)]
    [InlineData("/digest/central-asia/feed.xml?date=2026-11-10", 7)]
    public async Task Feed_ParsesInRssParser_WithTheItemsAndTitlesFeedparserSees(string path, int items)
    {
        var response = await web.Http.GetAsync(path.Replace("{story}", web.StoryId.ToString()).Replace("{source}", web.SourceId.ToString()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsByteArrayAsync();
        var second = await RssParser.ParseAsync(body);
        Assert.True(second.Error.Length == 0, second.Error);
        var first = await Feedparser.ParseAsync(body, response.Content.Headers.ContentType!.ToString());
        Assert.Equal(items, second.Titles.Length);
        Assert.Equal(first.Titles, second.Titles);
        Assert.Equal(first.Links, second.Links);
        Assert.All(second.Links, l => Assert.StartsWith(web.Http.BaseAddress!.AbsoluteUri, l));
        Assert.Equal(first.Title, second.Title);
    }

    [Fact]
    public async Task RssParser_ReadsEscapedMarkupInTitles_AsText()
    {
        var parsed = await RssParser.ParseAsync(await web.Http.GetByteArrayAsync("/category/kyrgyzstan/feed.xml"));
        Assert.Equal("Kyrgyz <script>alert(1)</script> story", parsed.Titles.Single());
    }
}
