using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Caravan.Dedup;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Web.Desk;

namespace Caravan.Web.Api;

/// <summary>/api/v1 write calls: bearer tokens (401, 403), sources, refresh, tag corrections, story merge and split, bad input.</summary>
public sealed class ApiWriteTests(DeskFixture desk) : IClassFixture<DeskFixture>
{
    async Task<HttpClient> ClientAsync(bool revoked = false)
    {
        var secret = ApiTokenSecret.Create();
        var token = await desk.Store.AddApiTokenAsync(new ApiToken { UserName = DeskFixture.Editor, Name = "test", TokenHash = ApiTokenSecret.Hash(secret), CreatedAt = DateTimeOffset.UtcNow }, default);
        if (revoked) await desk.Store.RevokeApiTokenAsync(token.Id, DateTimeOffset.UtcNow, default);
        var http = new HttpClient { BaseAddress = desk.AppUrl };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return http;
    }

    static async Task<string> DetailAsync(HttpResponseMessage r)
    {
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
    }

    [Fact]
    public async Task WriteCalls_WithoutAToken_Are401WithABearerChallenge()
    {
        using var http = new HttpClient { BaseAddress = desk.AppUrl };
        var r = await http.PostAsJsonAsync("/api/v1/sources", new { url = "https://a.example/rss", discover = false });
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.Equal("Bearer realm=\"caravan\"", r.Headers.WwwAuthenticate.ToString());
        Assert.Contains("Authorization: Bearer TOKEN", await DetailAsync(r));

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", "ZGFuYTpwdw==");
        r = await http.DeleteAsync("/api/v1/sources/1");
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.Contains("error=\"invalid_request\"", r.Headers.WwwAuthenticate.ToString());

        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiTokenSecret.Create());
        r = await http.PostAsync("/api/v1/sources/1/refresh", null);
        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.Contains("error=\"invalid_token\"", r.Headers.WwwAuthenticate.ToString());
        Assert.Null(await desk.Store.FindSourceByFeedUrlAsync(new Uri("https://a.example/rss"), default));
    }

    [Fact]
    public async Task WriteCalls_WithARevokedToken_Are403_AndReadsNeedNoToken()
    {
        using var http = await ClientAsync(revoked: true);
        var r = await http.PostAsJsonAsync("/api/v1/sources", new { url = "https://b.example/rss", discover = false });
        Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode);
        Assert.Contains("revoked", await DetailAsync(r));
        using var anonymous = new HttpClient { BaseAddress = desk.AppUrl };
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/v1/sources")).StatusCode);
    }

    [Fact]
    public async Task AddSource_BySiteUrl_Discovers_ByFeedUrl_Adds_AndTheSameFeedAgainIs200()
    {
        using var http = await ClientAsync();
        var r = await http.PostAsJsonAsync("/api/v1/sources", new { url = new Uri(desk.OriginUrl, "/").AbsoluteUri, name = "Herald via API", country = "kz" });
        Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString());
        var source = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(new Uri(desk.OriginUrl, "/feed.xml").AbsoluteUri, source.GetProperty("feedUrl").GetString());

        r = await http.PostAsJsonAsync("/api/v1/sources", new { url = "https://api-added.example/rss", discover = false, refreshIntervalMinutes = 30 });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var id = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.Equal($"/api/v1/sources/{id}", r.Headers.Location!.OriginalString);
        Assert.Equal(30, (await desk.Store.GetSourceAsync(id, default))!.RefreshIntervalMinutes);
        r = await http.PostAsJsonAsync("/api/v1/sources", new { url = "https://api-added.example/rss", discover = false });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
    }

    [Fact]
    public async Task AddSource_WithSeveralFeeds_Is300WithTheChoice()
    {
        using var http = await ClientAsync();
        var r = await http.PostAsJsonAsync("/api/v1/sources", new { url = new Uri(desk.OriginUrl, "/two-feeds").AbsoluteUri });
        Assert.Equal(HttpStatusCode.MultipleChoices, r.StatusCode);
        var feeds = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("feeds").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Equal([new Uri(desk.OriginUrl, "/feed.xml").AbsoluteUri, new Uri(desk.OriginUrl, "/world.xml").AbsoluteUri], feeds);
    }

    [Theory]
    [InlineData("{\"url\": \"not a url\", \"discover\": false}", "is not an http(s) URL")]
    [InlineData("{\"url\": \"https://c.example/rss\", \"discover\": false, \"country\": \"XX\"}", "is not an ISO 3166-1 country code")]
    [InlineData("{\"url\": \"https://c.example/rss\", \"discover\": false, \"refreshIntervalMinutes\": -5}", "A refresh interval is 1 to")]
    [InlineData("{\"url\": ", "The body is not the JSON expected")]
    [InlineData("{\"url\": 42}", "The body is not the JSON expected")]
    public async Task AddSource_BadInput_Is400WithAClearReason(string json, string reason)
    {
        using var http = await ClientAsync();
        var r = await http.PostAsync("/api/v1/sources", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Contains(reason, await DetailAsync(r));
    }

    [Fact]
    public async Task PatchDeleteAndRefresh_ChangeTheSource()
    {
        var source = await desk.AddSourceAsync("Patch me", "/feed.xml?patch");
        using var http = await ClientAsync();
        var r = await http.PatchAsJsonAsync($"/api/v1/sources/{source.Id}", new { name = "Patched", enabled = false, refreshIntervalMinutes = 120 });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(("Patched", false), ((await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString(), (await desk.Store.GetSourceAsync(source.Id, default))!.Enabled));
        Assert.Equal(120, (await desk.Store.GetSourceAsync(source.Id, default))!.RefreshIntervalMinutes);
        r = await http.PatchAsJsonAsync($"/api/v1/sources/{source.Id}", new { refreshIntervalMinutes = 0 });
        Assert.Equal(JsonValueKind.Null, (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("refreshIntervalMinutes").ValueKind);
        r = await http.PatchAsJsonAsync($"/api/v1/sources/{source.Id}", new { feedUrl = "mailto:x@example.org" });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PatchAsJsonAsync("/api/v1/sources/99999", new { name = "x" })).StatusCode);

        r = await http.PostAsync($"/api/v1/sources/{source.Id}/refresh", null);
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var report = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("fetched", 2), (report.GetProperty("status").GetString(), report.GetProperty("itemsSeen").GetInt32()));

        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync($"/api/v1/sources/{source.Id}")).StatusCode);
        Assert.Null(await desk.Store.GetSourceAsync(source.Id, default));
        Assert.Equal(HttpStatusCode.NotFound, (await http.DeleteAsync($"/api/v1/sources/{source.Id}")).StatusCode);
    }

    async Task<long[]> ArticlesAsync(string prefix, int count)
    {
        var source = await desk.AddSourceAsync("API corrections " + prefix, $"/api-{prefix}.xml");
        var drafts = Enumerable.Range(0, count).Select(i => new ArticleDraft
        {
            Article = new Article { ItemKey = $"{prefix}{i}", Title = $"API report {i}", Text = $"Text {i}", PublishedAt = DateTimeOffset.UtcNow.AddHours(-i), ContentHash = ContentHash.Of(prefix, $"{i}") },
            Tags = [new Tag { Kind = TagKind.Topic, Value = "economy", Why = "words: prices" }],
        }).ToList();
        var saved = await desk.Store.SaveBatchAsync(new IngestBatch { SourceId = source.Id, Attempt = new FetchAttempt { At = DateTimeOffset.UtcNow, Status = "fetched" }, Articles = drafts }, default);
        return saved.Drafts.Select(d => d.ArticleId).ToArray();
    }

    [Fact]
    public async Task TagCorrections_AddRemoveAndWithdraw_AreRecordedForTheTokensEditor()
    {
        var id = (await ArticlesAsync("tags", 1))[0];
        using var http = await ClientAsync();
        var r = await http.PostAsJsonAsync($"/api/v1/articles/{id}/tag-corrections", new { kind = "topic", value = "energy and resources", action = "add" });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        r = await http.PostAsJsonAsync($"/api/v1/articles/{id}/tag-corrections", new { kind = "topic", value = "economy", action = "remove" });
        var body = await r.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["energy and resources"], body.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("value").GetString()));
        Assert.All(body.GetProperty("corrections").EnumerateArray(), c => Assert.Equal("dana", c.GetProperty("editor").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync($"/api/v1/articles/{id}/tag-corrections/topic/energy%20and%20resources")).StatusCode);
        Assert.Empty(await desk.Store.ListTagsAsync(id, default));
        Assert.Equal(HttpStatusCode.NotFound, (await http.DeleteAsync($"/api/v1/articles/{id}/tag-corrections/topic/energy%20and%20resources")).StatusCode);

        r = await http.PostAsJsonAsync($"/api/v1/articles/{id}/tag-corrections", new { kind = "topic", value = "gardening", action = "add" });
        Assert.Contains("is not a topic", await DetailAsync(r));
        r = await http.PostAsJsonAsync($"/api/v1/articles/{id}/tag-corrections", new { kind = "topic", value = "economy", action = "toggle" });
        Assert.Contains("is not an action", await DetailAsync(r));
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsJsonAsync("/api/v1/articles/99999/tag-corrections", new { kind = "country", value = "KZ", action = "add" })).StatusCode);
    }

    [Fact]
    public async Task SplitAndMerge_OverTheApi()
    {
        var ids = await ArticlesAsync("stories", 2);
        var story = await desk.Store.SaveStoryAsync(new Story { Title = "API story", FirstSeenAt = DateTimeOffset.UtcNow, LastSeenAt = DateTimeOffset.UtcNow, ArticleCount = 2 }, default);
        foreach (var id in ids) await desk.Store.SetArticleLinksAsync(id, new ArticleLinks(null, null, story.Id, null), default);
        using var http = await ClientAsync();

        var r = await http.PostAsJsonAsync($"/api/v1/stories/{story.Id}/split", new { articleId = ids[1] });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var own = (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.Equal(own, (await desk.Store.GetArticleAsync(ids[1], default))!.StoryId);
        r = await http.PostAsJsonAsync($"/api/v1/stories/{story.Id}/split", new { articleId = ids[1] });
        Assert.Contains($"is not in story {story.Id}", await DetailAsync(r));

        r = await http.PostAsJsonAsync($"/api/v1/stories/{own}/merge", new { into = story.Id });
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Equal(2, (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articleCount").GetInt32());
        var merged = await http.GetFromJsonAsync<JsonElement>($"/api/v1/stories/{own}");
        Assert.Equal(story.Id, merged.GetProperty("story").GetProperty("id").GetInt64());
        Assert.Equal(2, merged.GetProperty("articles").GetArrayLength());
        Assert.Contains("cannot be merged into itself", await DetailAsync(await http.PostAsJsonAsync($"/api/v1/stories/{story.Id}/merge", new { into = story.Id })));
        Assert.Contains("Say which story", await DetailAsync(await http.PostAsJsonAsync($"/api/v1/stories/{story.Id}/merge", new { })));
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsJsonAsync($"/api/v1/stories/{own}/merge", new { into = story.Id })).StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesTheBearerScheme_OnWriteCallsOnly()
    {
        using var http = new HttpClient { BaseAddress = desk.AppUrl };
        var doc = await http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var scheme = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer");
        Assert.Equal(("http", "bearer"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()));
        var paths = doc.GetProperty("paths");
        Assert.True(paths.GetProperty("/api/v1/sources").GetProperty("post").TryGetProperty("security", out var security));
        Assert.True(security[0].TryGetProperty("bearer", out _));
        Assert.False(paths.GetProperty("/api/v1/sources").GetProperty("get").TryGetProperty("security", out _));
        foreach (var (path, method) in new[] { ("/api/v1/sources/{id}", "patch"), ("/api/v1/sources/{id}", "delete"), ("/api/v1/sources/{id}/refresh", "post"),
                     ("/api/v1/articles/{id}/tag-corrections", "post"), ("/api/v1/articles/{id}/tag-corrections/{kind}/{value}", "delete"),
                     ("/api/v1/stories/{id}/merge", "post"), ("/api/v1/stories/{id}/split", "post") })
            Assert.True(paths.GetProperty(path).GetProperty(method).TryGetProperty("security", out _), $"{method} {path}");
    }
}
