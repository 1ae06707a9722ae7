using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Caravan.Web.Pages;

public sealed class StoryPageTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Story_ShowsTimelineCountriesAndReports()
    {
        var html = await web.Http.GetStringAsync($"/story/{web.StoryId}");
        new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);
        Assert.Contains("<h1>Gas prices rise</h1>", html);
        Assert.Contains("4 reports by 2 outlets", html);
        var svg = Regex.Match(html, "<svg class=\"timeline\".*?</svg>", RegexOptions.Singleline).Value;
        Assert.Equal(4, Regex.Matches(svg, "<circle ").Count);
        // Rows in order of first report: Steppe Herald (k3 at T0-3h) before Dushanbe Daily (T0-2.5h).
        Assert.True(svg.IndexOf("Steppe &lt;Herald&gt;</text>", StringComparison.Ordinal) < svg.IndexOf("Dushanbe Daily</text>", StringComparison.Ordinal));
        Assert.Contains("<a href=\"/category/kazakhstan\">Kazakhstan</a>, <a href=\"/category/tajikistan\">Tajikistan</a>", html);
        Assert.Contains("Original reports (4)", html);
        Assert.Contains($"href=\"/story/{web.StoryId}/feed.xml\"", html);
    }

    [Fact]
    public async Task ArticleInAStory_LinksTheOtherReports()
    {
        var k1 = (await web.Store.FindArticleAsync(web.SourceId, "k1", default))!;
        var html = await web.Http.GetStringAsync($"/article/{k1.Id}");
        Assert.Contains("Other reports of this story", html);
        Assert.Contains($"<a href=\"/story/{web.StoryId}\">", html);
        Assert.Contains("Gas prices rise in Dushanbe too", html);
    }

    [Fact]
    public async Task TopicCategory_ListsItsArticles_WithFeedsAndAutodiscovery()
    {
        var html = await web.Http.GetStringAsync("/category/energy");
        Assert.Contains("<h1>Category: Energy</h1>", html);
        Assert.Single(Regex.Matches(html, "<article>"));
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Atom\" href=\"/category/energy/feed.atom\">", html);
        var rss = await web.Http.GetStringAsync("/category/energy/feed.xml");
        Assert.Single(Regex.Matches(rss, "<item>"));
    }

    [Theory]
    [InlineData("/story/999999", HttpStatusCode.NotFound)]
    [InlineData("/story/abc", HttpStatusCode.BadRequest)]
    public async Task BadStoryRequests(string path, HttpStatusCode status) =>
        Assert.Equal(status, (await web.Http.GetAsync(path)).StatusCode);

    [Theory]
    [InlineData("/")]
    [InlineData("/category/kazakhstan")]
    [InlineData("/story/{story}")]
    [InlineData("/search?q=gas")]
    public async Task Pages_StayUnder100KB_AndLoadTheScript(string path)
    {
        var bytes = await web.Http.GetByteArrayAsync(path.Replace("{story}", web.StoryId.ToString()));
        Assert.InRange(bytes.Length, 1, 100_000);
        Assert.Contains("<script src=\"/assets/site.js\" defer></script>", System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task Script_IsServed_AsJavaScript()
    {
        var response = await web.Http.GetAsync("/assets/site.js");
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("keydown", await response.Content.ReadAsStringAsync());
    }
}
