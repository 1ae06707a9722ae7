using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Caravan.Web.Pages;

namespace Caravan.Web.Api;

/// <summary>GET /api/v1/search takes the search page's filters, with the same meaning, and names a bad value in a 400.</summary>
public sealed class SearchApiTests(WebFixture web) : IClassFixture<WebFixture>
{
    async Task<List<string>> Titles(string query)
    {
        var page = await web.Http.GetFromJsonAsync<JsonElement>("/api/v1/search?" + query);
        return page.GetProperty("items").EnumerateArray().Select(h => h.GetProperty("article").GetProperty("title").GetString()!).ToList();
    }

    [Fact]
    public async Task Filters_MatchTheSearchPage()
    {
        Assert.Equal(["Gas prices rise in Dushanbe too"], await Titles($"q=gas&source={web.SecondSourceId}"));
        Assert.Equal(["Gas prices rise in Dushanbe too"], await Titles("q=gas&topic=Energy"));
        Assert.Equal(["Gas prices rise in Dushanbe too"], await Titles("q=gas&country=tajikistan"));
        Assert.Empty(await Titles("q=gas&language=ru"));
        Assert.Equal(30, (await Titles("q=gas&language=en&limit=200")).Count);
        // 9 Nov (UTC) holds stories 7..29 except story 0: the page's test sees the same 23.
        var ninth = await Titles("q=gas&since=2026-11-09&until=2026-11-09&order=date&limit=50");
        Assert.Equal(23, ninth.Count);
        Assert.Equal("Kazakh story 7", ninth[0]);
        Assert.Equal(ninth, await Titles("q=gas&since=2026-11-09T00:00:00Z&until=2026-11-10T00:00:00Z&order=date&limit=50"));
    }

    [Theory]
    [InlineData("q=gas&country=atlantis", "atlantis")]
    [InlineData("q=gas&source=abc", "abc")]
    [InlineData("q=gas&language=english!", "english!")]
    [InlineData("q=gas&since=yesterday", "yesterday")]
    [InlineData("q=gas&until=2026-13-01", "2026-13-01")]
    [InlineData("q=gas&order=random", "random")]
    [InlineData("q=gas&since=2026-11-09&until=2026-11-01", "empty")]
    public async Task BadValue_Is400_NamingIt(string query, string named)
    {
        var response = await web.Http.GetAsync("/api/v1/search?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(named, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task OpenApiDocument_ListsEveryFilter()
    {
        var doc = await web.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var parameters = doc.GetProperty("paths").GetProperty("/api/v1/search").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "q", "country", "topic", "source", "language", "since", "until", "order", "limit" }, parameters);
    }
}
