using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Caravan.Web.Demo;

namespace Caravan.Web.Demo;

/// <summary>The demo origin over real HTTP, on a tiny archive written by the test.</summary>
public sealed class SampleOriginTests : IAsyncLifetime
{
    readonly string _dir = Directory.CreateTempSubdirectory("caravan-origin-").FullName;
    SampleOrigin _origin = null!;
    HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(_dir, "outlets.json"), """
            { "outlets": [ { "slug": "herald", "name": "Herald", "feed": "herald/feed.xml", "kind": "rss", "country": "KZ", "language": "ru" },
                           { "slug": "times", "name": "Times", "feed": "times/feed.json", "kind": "json", "country": null, "language": "en" } ] }
            """);
        Directory.CreateDirectory(Path.Combine(_dir, "herald", "2026", "11", "03"));
        Directory.CreateDirectory(Path.Combine(_dir, "times"));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        await File.WriteAllBytesAsync(Path.Combine(_dir, "herald", "feed.xml"),
            Encoding.GetEncoding("windows-1251").GetBytes("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><link>{{origin}}/herald/</link><title>Вестник</title></channel></rss>"));
        await File.WriteAllTextAsync(Path.Combine(_dir, "herald", "feed.2.xml"), "<rss><channel><title>edition two</title></channel></rss>");
        await File.WriteAllTextAsync(Path.Combine(_dir, "herald", "index.html"), "<link rel=alternate href=\"{{origin}}/herald/feed.xml\">");
        await File.WriteAllTextAsync(Path.Combine(_dir, "herald", "2026", "11", "03", "story.html"), "<h1>Story</h1>");
        await File.WriteAllTextAsync(Path.Combine(_dir, "times", "feed.json"), "{\"version\":\"https://jsonfeed.org/version/1.1\"}");
        await File.WriteAllTextAsync(Path.Combine(_dir, "secret.txt"), "not an outlet's file");
        _origin = await SampleOrigin.StartAsync(new SampleOriginOptions { SamplesPath = _dir, PreferredPort = 0 }, default);
        _http = new HttpClient { BaseAddress = new Uri(_origin.BaseUrl) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _origin.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task Feed_IsServedWithTheOriginFilledIn_BytesKeptInTheirEncoding()
    {
        var response = await _http.GetAsync("/herald/feed.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.ToString());
        var text = Encoding.GetEncoding("windows-1251").GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains($"<link>{_origin.BaseUrl}/herald/</link>", text);
        Assert.Contains("Вестник", text);
        Assert.Equal("application/feed+json; charset=utf-8", (await _http.GetAsync("/times/feed.json")).Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task ConditionalGet_WithETag_OrLastModified_Is304()
    {
        var first = await _http.GetAsync("/herald/feed.xml");
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        var byEtag = new HttpRequestMessage(HttpMethod.Get, "/herald/feed.xml");
        byEtag.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await _http.SendAsync(byEtag)).StatusCode);

        var byDate = new HttpRequestMessage(HttpMethod.Get, "/herald/feed.xml");
        byDate.Headers.IfModifiedSince = lastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await _http.SendAsync(byDate)).StatusCode);

        var stale = new HttpRequestMessage(HttpMethod.Get, "/herald/feed.xml");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"old\""));
        Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(stale)).StatusCode);
    }

    [Fact]
    public async Task AdvanceEdition_ServesTheLaterFeed_WithANewETag()
    {
        var before = await _http.GetAsync("/herald/feed.xml");
        _origin.AdvanceEdition();
        var after = await _http.GetAsync("/herald/feed.xml");
        Assert.Contains("edition two", await after.Content.ReadAsStringAsync());
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.True(after.Content.Headers.LastModified > before.Content.Headers.LastModified);
        var unchanged = new HttpRequestMessage(HttpMethod.Get, "/times/feed.json");
        Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(unchanged)).StatusCode);
    }

    [Theory]
    [InlineData("/herald/", "text/html; charset=utf-8")]
    [InlineData("/herald/2026/11/03/story", "text/html; charset=utf-8")]
    [InlineData("/robots.txt", "text/plain; charset=utf-8")]
    public async Task PagesAndRobots_AreServed(string path, string type)
    {
        var response = await _http.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType!.ToString());
    }

    [Theory]
    [InlineData("/secret.txt")]
    [InlineData("/outlets.json")]
    [InlineData("/herald/../secret.txt")]
    [InlineData("/herald/%2e%2e/secret.txt")]
    [InlineData("/nobody/feed.xml")]
    [InlineData("/herald/missing.xml")]
    public async Task AnythingOutsideTheOutletsFolders_Is404(string path) =>
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync(path)).StatusCode);

    [Fact]
    public async Task Post_IsNotAllowed() =>
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await _http.PostAsync("/herald/feed.xml", new StringContent("x"))).StatusCode);

    [Fact]
    public async Task MissingArchive_FailsClearly() =>
        await Assert.ThrowsAsync<FileNotFoundException>(() => SampleOrigin.StartAsync(new SampleOriginOptions { SamplesPath = Path.Combine(_dir, "nope") }, default));
}
