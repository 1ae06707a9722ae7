using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Caravan.Web.Pages;

public sealed class PageRoutesTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/category/kazakhstan")]
    [InlineData("/category/kyrgyzstan")]
    [InlineData("/category/mongolia")]
    [InlineData("/search?q=gas")]
    [InlineData("/search")]
    public async Task Page_IsValidUtf8Html(string path)
    {
        var response = await web.Http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        var html = await response.Content.ReadAsStringAsync();
        // Strict mode throws on any parse error: the page is well-formed HTML5.
        new HtmlParser(new HtmlParserOptions { IsStrictMode = true }).ParseDocument(html);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"en\">", html);
    }

    [Fact]
    public async Task Category_ListsOnlyItsCountry_NewestFirst_AsArticlesWithTitleAndTime()
    {
        var html = await web.Http.GetStringAsync("/category/kazakhstan");
        var articles = Regex.Matches(html, "<article>(.*?)</article>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(25, articles.Count);
        Assert.All(articles, a => Assert.Matches("<h2><a href=\"/article/\\d+\">[^<]+</a></h2>", a));
        Assert.All(articles, a => Assert.Matches("<time datetime=\"2026-11-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\">", a));
        Assert.DoesNotContain(articles, a => a.Contains("Kyrgyz"));
        var times = articles.Select(a => Regex.Match(a, "datetime=\"([^\"]+)\"").Groups[1].Value).ToList();
        Assert.Equal(times.OrderByDescending(t => t, StringComparer.Ordinal), times);
        Assert.Contains("Steppe &lt;Herald&gt;", articles[0]);
    }

    [Fact]
    public async Task Category_Pagination_FollowsTheCursor()
    {
        var html = await web.Http.GetStringAsync("/category/kazakhstan");
        var next = Regex.Match(html, "rel=\"next\" href=\"([^\"]+)\"").Groups[1].Value;
        var page2 = await web.Http.GetStringAsync(WebUtility.HtmlDecode(next));
        var titles = Regex.Matches(page2, "<h2><a[^>]*>([^<]+)</a>").Select(m => m.Groups[1].Value).ToList();
        // 31 Kazakh reports, three of them one story: 29 entries, 25 on the first page and 4 on the second.
        Assert.Equal(4, titles.Count);
        Assert.Contains("Kazakh story 29", titles);
        var page1Titles = Regex.Matches(html, "<h2><a[^>]*>([^<]+)</a>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(29, page1Titles.Concat(titles).Distinct().Count());
    }

    [Theory]
    [InlineData("/category/narnia", HttpStatusCode.NotFound)]
    [InlineData("/article/999999", HttpStatusCode.NotFound)]
    [InlineData("/article/abc", HttpStatusCode.BadRequest)]
    [InlineData("/source/999", HttpStatusCode.NotFound)]
    [InlineData("/category/kazakhstan?before=garbage", HttpStatusCode.BadRequest)]
    [InlineData("/category/kazakhstan?before=99999999999999999_1", HttpStatusCode.BadRequest)]
    [InlineData("/search?q=gas&country=atlantis", HttpStatusCode.BadRequest)]
    [InlineData("/assets/nothing.css", HttpStatusCode.NotFound)]
    public async Task BadInput_GetsTheRightStatus(string path, HttpStatusCode status) =>
        Assert.Equal(status, (await web.Http.GetAsync(path)).StatusCode);

    [Fact]
    public async Task OverlongQuery_IsABadRequest() =>
        Assert.Equal(HttpStatusCode.BadRequest, (await web.Http.GetAsync("/search?q=" + new string('a', 600))).StatusCode);

    [Theory]
    [InlineData("/")]
    [InlineData("/category/kazakhstan")]
    [InlineData("/search?q=gas")]
    [InlineData("/assets/site.css")]
    [InlineData("/category/narnia")]
    public async Task EveryGetRoute_AnswersHead_WithoutABody(string path)
    {
        var get = await web.Http.GetAsync(path);
        var head = await web.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Article_ShowsBylineDatelineCreditTagsAndVersionDiff()
    {
        var html = await web.Http.GetStringAsync($"/article/{web.UpdatedArticleId}");
        Assert.Contains("By Dana Sarsenova", html);
        Assert.Contains("<p class=\"dateline\">ALMATY, Kazakhstan</p>", html);
        Assert.Contains("<figcaption>president.kg</figcaption>", html);
        Assert.Contains("title=\"dateline: ALMATY\"", html);
        Assert.Contains("<a href=\"/category/kazakhstan\">Kazakhstan</a>", html);
        Assert.Contains("Version history", html);
        Assert.Contains("<ins>Around 200 protesters came.</ins>", html);
    }

    [Fact]
    public async Task Article_ShowsAttributionToTheOriginalOutlet()
    {
        var html = await web.Http.GetStringAsync($"/article/{web.CopyArticleId}");
        Assert.Contains("Originally published by <a href=\"https://bishkek.example/a\">Bishkek Observer</a>", html);
    }

    [Fact]
    public async Task Search_HighlightsMatches_AndEscapesEverythingElse()
    {
        var html = await web.Http.GetStringAsync("/search?q=earthquake");
        Assert.Contains("<mark>earthquake</mark>", html);
        Assert.Contains("Kyrgyz &lt;script&gt;alert(1)&lt;/script&gt; story", html);
        Assert.DoesNotContain("<script>alert", html);
        var filtered = await web.Http.GetStringAsync("/search?q=earthquake&country=kazakhstan");
        Assert.Contains("0 results", filtered);
    }

    [Fact]
    public async Task Source_ShowsHealthAndFetchHistory()
    {
        var html = await web.Http.GetStringAsync($"/source/{web.SourceId}");
        Assert.Contains("Steppe &lt;Herald&gt;", html);
        Assert.Contains("<td>fetched</td>", html);
        Assert.Contains("Recent items", html);
    }
}
