using System.Net;
using System.Net.Http.Headers;
using Caravan.Web.Pages;

namespace Caravan.Web.Feeds;

public sealed class FeedRoutesTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Theory]
    [InlineData("/category/kazakhstan/feed.xml", "application/rss+xml", "rss20", 31)]
    [InlineData("/category/kazakhstan/feed.atom", "application/atom+xml", "atom10", 31)]
    [InlineData("/category/kazakhstan/feed.json", "application/feed+json", "json11", 31)]
    [InlineData("/category/kazakhstan/feed.xml?stories=1", "application/rss+xml", "rss20", 29)]
    [InlineData("/category/kazakhstan/feed.json?stories=1", "application/feed+json", "json11", 29)]
    [InlineData("/category/kyrgyzstan/feed.atom", "application/atom+xml", "atom10", 1)]
    [InlineData("/category/mongolia/feed.xml", "application/rss+xml", "rss20", 0)]
    [InlineData("/search/feed.xml?q=earthquake", "application/rss+xml", "rss20", 1)]
    [InlineData("/search/feed.atom?q=gas", "application/atom+xml", "atom10", 30)]
    [InlineData("/story/{story}/feed.xml", "application/rss+xml", "rss20", 4)]
    [InlineData("/story/{story}/feed.atom", "application/atom+xml", "atom10", 4)]
    [InlineData("/story/{story}/feed.json", "application/feed+json", "json11", 4)]
    [InlineData("/source/{source}/feed.json", "application/feed+json", "json11", 32)]
    public async Task Feed_ParsesCleanlyInFeedparser_WithTheRightItemCount(string path, string mediaType, string version, int items)
    {
        var response = await web.Http.GetAsync(Path(path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var parsed = await Feedparser.ParseAsync(await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentType.ToString());
        Assert.True(parsed.Bozo == 0, parsed.Error);
        Assert.Equal(version, parsed.Version);
        Assert.Equal(items, parsed.Links.Length);
        Assert.All(parsed.Links, l => Assert.StartsWith(web.Http.BaseAddress!.AbsoluteUri + "article/", l));
    }

    [Fact]
    public async Task Feed_EscapesMarkupInTitles_AndNamesTheOutlet()
    {
        var parsed = await Feedparser.ParseAsync(await web.Http.GetByteArrayAsync("/category/kyrgyzstan/feed.atom"));
        Assert.Equal("Kyrgyz <script>alert(1)</script> story", parsed.Titles.Single());
        Assert.Contains("Steppe <Herald>", parsed.Authors.Single());
    }

    [Fact]
    public async Task Feed_AttributesCopiesToTheOriginalOutlet()
    {
        var rss = await web.Http.GetStringAsync($"/source/{web.SourceId}/feed.xml");
        Assert.Contains("Originally published by &lt;a href=\"https://bishkek.example/a\"&gt;Bishkek Observer&lt;/a&gt;", rss);
        Assert.Contains("<source url=\"https://steppe.example/feed.xml\">Steppe &lt;Herald&gt;</source>", rss);
        Assert.Contains($"<atom:link href=\"{web.Http.BaseAddress!.AbsoluteUri}source/{web.SourceId}/feed.xml\" rel=\"self\"", rss);
    }

    [Fact]
    public async Task StoryPerItem_CountsTheOtherOutlets()
    {
        var json = await web.Http.GetStringAsync($"/source/{web.SecondSourceId}/feed.json?stories=1");
        Assert.Contains("\"other_outlets\": 0", json);
        var story = await web.Http.GetStringAsync("/search/feed.json?q=gas%20prices&stories=1");
        Assert.Contains("Also reported by 1 other outlet", story);
        Assert.Contains("?q=gas%20prices\\u0026stories=1", story);
    }

    [Theory]
    [InlineData("/category/kazakhstan/feed.xml")]
    [InlineData("/category/kazakhstan/feed.atom")]
    [InlineData("/story/{story}/feed.json")]
    public async Task Feed_AnswersConditionalRequestsWith304_OnGetAndHead(string path)
    {
        var first = await web.Http.GetAsync(Path(path));
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;
        Assert.False(etag.IsWeak);
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head })
        {
            var byTag = new HttpRequestMessage(method, Path(path));
            byTag.Headers.IfNoneMatch.Add(etag);
            var r1 = await web.Http.SendAsync(byTag);
            Assert.Equal(HttpStatusCode.NotModified, r1.StatusCode);
            Assert.Equal(etag, r1.Headers.ETag);
            var byDate = new HttpRequestMessage(method, Path(path));
            byDate.Headers.IfModifiedSince = lastModified;
            Assert.Equal(HttpStatusCode.NotModified, (await web.Http.SendAsync(byDate)).StatusCode);
            var stale = new HttpRequestMessage(method, Path(path));
            stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"other\""));
            stale.Headers.IfModifiedSince = lastModified; // ignored when If-None-Match is present (RFC 9110 §13.2.2)
            Assert.Equal(HttpStatusCode.OK, (await web.Http.SendAsync(stale)).StatusCode);
        }
    }

    [Fact]
    public async Task Head_HasTheHeadersOfGet_AndNoBody()
    {
        var get = await web.Http.GetAsync("/category/kazakhstan/feed.xml");
        var head = await web.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/category/kazakhstan/feed.xml"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/category/narnia/feed.xml", HttpStatusCode.NotFound)]
    [InlineData("/category/kazakhstan/feed.rdf", HttpStatusCode.NotFound)]
    [InlineData("/story/999999/feed.xml", HttpStatusCode.NotFound)]
    [InlineData("/story/abc/feed.xml", HttpStatusCode.BadRequest)]
    [InlineData("/source/999999/feed.atom", HttpStatusCode.NotFound)]
    [InlineData("/search/feed.xml", HttpStatusCode.BadRequest)]
    public async Task BadFeedRequests_AreAnsweredWithProblems(string path, HttpStatusCode status) =>
        Assert.Equal(status, (await web.Http.GetAsync(path)).StatusCode);

    string Path(string template) => template.Replace("{story}", web.StoryId.ToString()).Replace("{source}", web.SourceId.ToString());
}
