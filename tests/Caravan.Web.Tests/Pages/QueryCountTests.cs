using System.Net;
using Microsoft.AspNetCore.Builder;

namespace Caravan.Web.Pages;

/// <summary>
/// Every page and feed asks the store a fixed number of questions, one per kind of data, however many items it shows:
/// rendered with the cache off over a store that counts its calls.
/// </summary>
public sealed class QueryCountTests(WebFixture web) : IClassFixture<WebFixture>, IAsyncLifetime
{
    WebApplication _app = null!;
    HttpClient _http = null!;
    CountingStore _counter = null!;

    public async Task InitializeAsync()
    {
        (var store, _counter) = CountingStore.Wrap(web.Store);
        _app = WebApp.Create(new WebOptions { Url = "http://127.0.0.1:0", RenderCacheSeconds = 0 }, store);
        await _app.StartAsync();
        _http = new HttpClient { BaseAddress = new Uri(_app.BoundUrl()) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    /// <summary>The store calls of one GET, after a first GET of the same URL (which may also read the source list).</summary>
    async Task<IReadOnlyDictionary<string, int>> CallsOfAsync(string path)
    {
        path = path.Replace("{story}", web.StoryId.ToString()).Replace("{source}", web.SourceId.ToString())
                   .Replace("{article}", web.UpdatedArticleId.ToString());
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(path)).StatusCode);
        _counter.Reset();
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync(path)).StatusCode);
        return _counter.Calls;
    }

    [Theory]
    [InlineData("/", 8)]
    [InlineData("/category/kazakhstan", 5)]
    [InlineData("/category/kazakhstan/feed.xml", 3)]
    [InlineData("/category/kazakhstan/feed.json?stories=1", 3)]
    [InlineData("/article/{article}", 6)]
    [InlineData("/story/{story}", 5)]
    [InlineData("/story/{story}/feed.atom", 4)]
    [InlineData("/source/{source}", 4)]
    [InlineData("/source/{source}/feed.xml", 4)]
    [InlineData("/digest/central-asia?date=2026-11-10&period=week", 8)]
    [InlineData("/digest/central-asia/feed.xml?date=2026-11-10", 8)]
    public async Task Page_AsksTheStoreAFixedNumberOfQuestions(string path, int most)
    {
        var calls = await CallsOfAsync(path);
        Assert.True(calls.Values.Sum() <= most, $"{path}: {string.Join(", ", calls.Select(kv => $"{kv.Key} ×{kv.Value}"))}");
        // No question is asked once per item (the fixture's pages show 2 to 30): at most once per listing on the page,
        // and only the home page has two (top stories, then the rails of every country at once).
        var listings = path == "/" ? 2 : 1;
        Assert.All(calls, kv => Assert.True(kv.Value <= listings, $"{path}: {kv.Key} ×{kv.Value}"));
    }

    [Fact]
    public async Task CategoryPage_OfTwentyFiveEntries_AsksNoMoreThanOneOfOne()
    {
        var full = await CallsOfAsync("/category/kazakhstan");
        var single = await CallsOfAsync("/category/energy");
        // Energy (a topic) is resolved against the topics in use: one question more, none per entry.
        Assert.Equal(full.Values.Sum() + 1, single.Values.Sum());
    }

    [Fact]
    public async Task StoryPage_ReadsTheTagsOfAllItsReportsAtOnce()
    {
        var calls = await CallsOfAsync("/story/{story}");
        Assert.Equal(1, calls.GetValueOrDefault("ListTagsAsync"));
    }
}
