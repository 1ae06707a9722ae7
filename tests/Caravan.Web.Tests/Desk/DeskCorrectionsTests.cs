using System.Net;
using Caravan.Dedup;
using Caravan.Model;
using Caravan.Storage;

namespace Caravan.Web.Desk;

/// <summary>Tag corrections, splits and merges from the desk, and how the reader's pages show them.</summary>
public sealed class DeskCorrectionsTests(DeskFixture desk) : IClassFixture<DeskFixture>
{
    async Task<long[]> ArticlesAsync(string prefix, int count)
    {
        var source = await desk.AddSourceAsync("Corrections " + prefix, $"/{prefix}.xml");
        var drafts = Enumerable.Range(0, count).Select(i => new ArticleDraft
        {
            Article = new Article { ItemKey = $"{prefix}{i}", Title = $"Report {prefix}{i}", Text = $"Text {i} from Almaty.", PublishedAt = DateTimeOffset.UtcNow.AddHours(-i), ContentHash = ContentHash.Of(prefix, $"{i}") },
            Tags = [new Tag { Kind = TagKind.Country, Value = "KZ", Why = "dateline" }, new Tag { Kind = TagKind.Country, Value = "UZ", Why = "mention: Uzbek" }],
        }).ToList();
        var saved = await desk.Store.SaveBatchAsync(new IngestBatch { SourceId = source.Id, Attempt = new FetchAttempt { At = DateTimeOffset.UtcNow, Status = "fetched" }, Articles = drafts }, default);
        return saved.Drafts.Select(d => d.ArticleId).ToArray();
    }

    [Fact]
    public async Task RemoveAndAddATag_PersistAndShowOnTheArticlePageAndTheCategory()
    {
        var id = (await ArticlesAsync("tags", 1))[0];
        using var http = await desk.SignedInAsync();
        var page = $"/desk/articles/{id}";
        var remove = await DeskFixture.FormAsync(http, page, $"/desk/articles/{id}/tags/remove");
        remove["kind"] = "country";
        remove["value"] = "UZ";
        Assert.Equal(HttpStatusCode.Redirect, (await http.PostAsync($"/desk/articles/{id}/tags/remove", new FormUrlEncodedContent(remove))).StatusCode);
        var add = await DeskFixture.FormAsync(http, page, $"/desk/articles/{id}/tags");
        add["kind"] = "country";
        add["value"] = "Kyrgyzstan";
        Assert.Equal(HttpStatusCode.Redirect, (await http.PostAsync($"/desk/articles/{id}/tags", new FormUrlEncodedContent(add))).StatusCode);

        Assert.Equal(["KG", "KZ"], (await desk.Store.ListTagsAsync(id, default)).Select(t => t.Value).Order());
        var article = await http.GetStringAsync($"/article/{id}");
        Assert.Contains("<li class=\"manual\" title=\"added by dana\">country: <a href=\"/category/kyrgyzstan\">Kyrgyzstan</a></li>", article);
        Assert.DoesNotContain("country: <a href=\"/category/uzbekistan\">", article);
        Assert.Contains($"Report tags0", await http.GetStringAsync("/category/kyrgyzstan"));
        Assert.Contains("Removed by editors", await http.GetStringAsync(page));
    }

    [Fact]
    public async Task AddingATagNotInTheVocabulary_Is400WithTheReason()
    {
        var id = (await ArticlesAsync("vocab", 1))[0];
        using var http = await desk.SignedInAsync();
        var add = await DeskFixture.FormAsync(http, $"/desk/articles/{id}", $"/desk/articles/{id}/tags");
        add["kind"] = "country";
        add["value"] = "Atlantis";
        var response = await http.PostAsync($"/desk/articles/{id}/tags", new FormUrlEncodedContent(add));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not a country", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        add["kind"] = "weather";
        add["value"] = "snow";
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync($"/desk/articles/{id}/tags", new FormUrlEncodedContent(add))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/desk/articles/99999")).StatusCode);
    }

    [Fact]
    public async Task SplitAndMerge_MoveReports_AndTheMergedStorysAddressRedirects()
    {
        var ids = await ArticlesAsync("story", 3);
        var story = await desk.Store.SaveStoryAsync(new Story { Title = "Metro", FirstSeenAt = DateTimeOffset.UtcNow, LastSeenAt = DateTimeOffset.UtcNow, ArticleCount = 3 }, default);
        foreach (var id in ids) await desk.Store.SetArticleLinksAsync(id, new ArticleLinks(null, null, story.Id, null), default);
        using var http = await desk.SignedInAsync();

        var split = await DeskFixture.FormAsync(http, $"/desk/articles/{ids[0]}", $"/desk/articles/{ids[0]}/split");
        var response = await http.PostAsync($"/desk/articles/{ids[0]}/split", new FormUrlEncodedContent(split));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var own = (await desk.Store.GetArticleAsync(ids[0], default))!.StoryId!.Value;
        Assert.Equal($"/story/{own}", response.Headers.Location!.OriginalString);
        Assert.Equal(2, (await desk.Store.GetStoryAsync(story.Id, default))!.ArticleCount);

        var merge = await DeskFixture.FormAsync(http, "/desk", "/desk/stories/merge");
        merge["from"] = own.ToString(System.Globalization.CultureInfo.InvariantCulture);
        merge["into"] = story.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response = await http.PostAsync("/desk/stories/merge", new FormUrlEncodedContent(merge));
        Assert.Equal($"/story/{story.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(3, (await desk.Store.GetStoryAsync(story.Id, default))!.ArticleCount);
        var old = await http.GetAsync($"/story/{own}");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal($"/story/{story.Id}", old.Headers.Location!.OriginalString);

        merge["from"] = "abc";
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync("/desk/stories/merge", new FormUrlEncodedContent(merge))).StatusCode);
        merge["from"] = "99999";
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/desk/stories/merge", new FormUrlEncodedContent(merge))).StatusCode);
    }

    [Fact]
    public async Task Tokens_AreShownOnce_ListedByName_AndRevokedFromTheDesk()
    {
        using var http = await desk.SignedInAsync();
        var create = await DeskFixture.FormAsync(http, "/desk", "/desk/tokens");
        create["name"] = "desk test bot";
        var response = await http.PostAsync("/desk/tokens", new FormUrlEncodedContent(create));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var page = await response.Content.ReadAsStringAsync();
        var secret = System.Text.RegularExpressions.Regex.Match(page, "<code class=\"token\">([^<]+)</code>").Groups[1].Value;
        Assert.True(ApiTokenSecret.LooksValid(secret));
        var stored = (await desk.Store.FindApiTokenAsync(ApiTokenSecret.Hash(secret), default))!;
        var deskPage = await http.GetStringAsync("/desk");
        Assert.Contains("desk test bot", deskPage);
        Assert.DoesNotContain(secret, deskPage);

        var revoke = DeskFixture.HiddenFields(deskPage, $"/desk/tokens/{stored.Id}/revoke");
        Assert.Equal(HttpStatusCode.Redirect, (await http.PostAsync($"/desk/tokens/{stored.Id}/revoke", new FormUrlEncodedContent(revoke))).StatusCode);
        Assert.True((await desk.Store.FindApiTokenAsync(ApiTokenSecret.Hash(secret), default))!.Revoked);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync($"/desk/tokens/{stored.Id}/revoke", new FormUrlEncodedContent(revoke))).StatusCode);
    }
}
