using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Caravan.Web.Pages;

namespace Caravan.Web.Api;

public sealed class ApiRoutesTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Fact]
    public async Task Articles_PageThroughEveryArticle_ByCursor()
    {
        var seen = new List<long>();
        string? cursor = null;
        do
        {
            var page = await web.Http.GetFromJsonAsync<JsonElement>("/api/v1/articles?country=KZ&limit=10" + (cursor is null ? "" : "&cursor=" + cursor));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("id").GetInt64()));
            cursor = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
        } while (cursor is not null);
        Assert.Equal(31, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task Article_ById_HasTextTagsAndAttribution()
    {
        var a = await web.Http.GetFromJsonAsync<JsonElement>($"/api/v1/articles/{web.CopyArticleId}");
        Assert.Equal("Copied text.", a.GetProperty("text").GetString());
        Assert.Equal("Bishkek Observer", a.GetProperty("article").GetProperty("originalOutlet").GetString());
        Assert.Equal("Steppe <Herald>", a.GetProperty("article").GetProperty("outlet").GetString());
        Assert.Equal("country", a.GetProperty("tags")[0].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Stories_ListAndGet_WithTheirReports()
    {
        var list = await web.Http.GetFromJsonAsync<JsonElement>("/api/v1/stories");
        Assert.Equal(web.StoryId, list.GetProperty("items")[0].GetProperty("id").GetInt64());
        var story = await web.Http.GetFromJsonAsync<JsonElement>($"/api/v1/stories/{web.StoryId}");
        Assert.Equal("Gas prices rise", story.GetProperty("story").GetProperty("title").GetString());
        Assert.Equal(4, story.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public async Task SourcesTagsAndSearch_Answer()
    {
        var sources = await web.Http.GetFromJsonAsync<JsonElement>("/api/v1/sources?limit=1");
        Assert.Equal(1, sources.GetProperty("items").GetArrayLength());
        var page2 = await web.Http.GetFromJsonAsync<JsonElement>("/api/v1/sources?cursor=" + sources.GetProperty("next").GetString());
        Assert.Equal("Dushanbe Daily", page2.GetProperty("items")[0].GetProperty("name").GetString());
        Assert.True(page2.GetProperty("next").ValueKind == JsonValueKind.Null);
        var source = await web.Http.GetFromJsonAsync<JsonElement>($"/api/v1/sources/{web.SourceId}");
        Assert.Equal("https://steppe.example/feed.xml", source.GetProperty("feedUrl").GetString());
        var countries = await web.Http.GetFromJsonAsync<JsonElement>("/api/v1/tags/country");
        Assert.Equal("KZ", countries.GetProperty("items")[0].GetProperty("value").GetString());
        Assert.Equal(31, countries.GetProperty("items")[0].GetProperty("articles").GetInt32());
        var hits = await web.Http.GetFromJsonAsync<JsonElement>("/api/v1/search?q=earthquake");
        Assert.Contains("<mark>earthquake</mark>", hits.GetProperty("items")[0].GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task OversizedPage_IsClamped()
    {
        var page = await web.Http.GetFromJsonAsync<JsonElement>("/api/v1/articles?limit=100000");
        Assert.Equal(33, page.GetProperty("items").GetArrayLength());
        var one = await web.Http.GetFromJsonAsync<JsonElement>("/api/v1/articles?limit=-5");
        Assert.Equal(1, one.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/v1/articles/999999", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/stories/999999", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/sources/999999", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/tags/colour", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/articles?cursor=garbage", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/stories?cursor=1_", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/sources?cursor=-1", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/articles?country=atlantis", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/articles?limit=lots", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/search", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/articles/abc", HttpStatusCode.NotFound)]
    public async Task BadRequests_AreProblemDetails(string path, HttpStatusCode status)
    {
        var response = await web.Http.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task OpenApiDocument_ListsEveryRoute()
    {
        var doc = await web.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        Assert.StartsWith("3.", doc.GetProperty("openapi").GetString());
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var path in new[] { "/api/v1/articles", "/api/v1/articles/{id}", "/api/v1/stories", "/api/v1/stories/{id}", "/api/v1/sources",
                     "/api/v1/sources/{id}", "/api/v1/tags", "/api/v1/tags/{kind}", "/api/v1/search" })
            Assert.Contains(path, paths);
    }
}
