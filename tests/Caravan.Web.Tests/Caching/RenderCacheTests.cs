using System.Net;
using System.Net.Http.Headers;
using Caravan.Dedup;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Web.Pages;

namespace Caravan.Web.Caching;

/// <summary>Pages and feeds come from the render cache until the store changes, then are rendered anew.</summary>
public sealed class RenderCacheTests(WebFixture web) : IClassFixture<WebFixture>
{
    [Theory]
    [InlineData("/category/kyrgyzstan", "Bishkek flood")]
    [InlineData("/category/kyrgyzstan/feed.atom", "Bishkek flood")]
    [InlineData("/", "Bishkek flood")]
    public async Task CachedAnswer_IsRevalidated_AndReplacedAfterAnIngestWrite(string path, string newTitle)
    {
        var first = await web.Http.GetAsync(path);
        var etag = first.Headers.ETag!;
        Assert.Equal(etag, (await web.Http.GetAsync(path)).Headers.ETag);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, path);
        conditional.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await web.Http.SendAsync(conditional)).StatusCode);

        var title = $"{newTitle} {Guid.NewGuid():N}";
        await web.Store.SaveBatchAsync(new IngestBatch
        {
            SourceId = web.SecondSourceId, Attempt = new FetchAttempt { At = WebFixture.T0, Status = "fetched" },
            Articles = [new ArticleDraft
            {
                Article = new Article { ItemKey = title, Title = title, Text = "Water rose in Bishkek.", PublishedAt = WebFixture.T0.AddHours(1), ContentHash = ContentHash.Of(title, "w") },
                Tags = [new Tag { Kind = TagKind.Country, Value = "KG", Score = 1 }],
            }],
        }, default);
        var after = await web.Http.GetAsync(path);
        Assert.NotEqual(etag, after.Headers.ETag);
        Assert.Contains(title, await after.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/article/{article}")]
    [InlineData("/story/{story}")]
    [InlineData("/source/{source}")]
    [InlineData("/digest/central-asia?date=2026-11-10")]
    [InlineData("/digest/central-asia/feed.json?date=2026-11-10&period=week")]
    public async Task ArticleStorySourceAndDigest_AreCachedToo_WithValidatorsOnGetAndHead(string template)
    {
        var path = template.Replace("{article}", web.UpdatedArticleId.ToString()).Replace("{story}", web.StoryId.ToString())
            .Replace("{source}", web.SourceId.ToString());
        var etag = (await web.Http.GetAsync(path)).Headers.ETag!;
        using var head = new HttpRequestMessage(HttpMethod.Head, path);
        Assert.Equal(etag, (await web.Http.SendAsync(head)).Headers.ETag);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, path);
        conditional.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await web.Http.SendAsync(conditional)).StatusCode);
    }
}
