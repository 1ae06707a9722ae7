using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Caravan.Web.Desk;

/// <summary>The desk's source actions against a real outlet: discovery, the choice of feeds, edit, refresh now, OPML.</summary>
public sealed class DeskSourcesTests(DeskFixture desk) : IClassFixture<DeskFixture>
{
    static FormUrlEncodedContent Form(Dictionary<string, string> fields) => new(fields);

    [Fact]
    public async Task AddBySiteUrl_DiscoversItsFeed_AndOpensTheSourcesEditPage()
    {
        using var http = await desk.SignedInAsync();
        var add = await DeskFixture.FormAsync(http, "/desk", "/desk/sources");
        add["feedUrl"] = desk.OriginUrl.AbsoluteUri;
        add["discover"] = "true";
        add["name"] = "Steppe Herald";
        var response = await http.PostAsync("/desk/sources", Form(add));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var source = (await desk.Store.FindSourceByFeedUrlAsync(new Uri(desk.OriginUrl, "/feed.xml"), default))!;
        Assert.Equal($"/desk/sources/{source.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal("Steppe Herald", source.Name);
        Assert.Contains("value=\"" + new Uri(desk.OriginUrl, "/feed.xml").AbsoluteUri + "\"", await http.GetStringAsync($"/desk/sources/{source.Id}"));
    }

    [Fact]
    public async Task AddBySiteUrl_WithTwoFeeds_ListsThemToChooseFrom_AndAddsTheChosenOne()
    {
        using var http = await desk.SignedInAsync();
        var add = await DeskFixture.FormAsync(http, "/desk", "/desk/sources");
        add["feedUrl"] = new Uri(desk.OriginUrl, "/two-feeds").AbsoluteUri;
        add["discover"] = "true";
        add["name"] = "World desk";
        var response = await http.PostAsync("/desk/sources", Form(add));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("offers 2 feeds", page);
        var world = new Uri(desk.OriginUrl, "/world.xml").AbsoluteUri;
        Assert.Contains($"value=\"{world}\"", page);

        var choose = DeskFixture.HiddenFields(page, "/desk/sources");
        Assert.Equal("World desk", choose["name"]);
        choose["feedUrl"] = world;
        Assert.Equal(HttpStatusCode.Redirect, (await http.PostAsync("/desk/sources", Form(choose))).StatusCode);
        Assert.Equal("World desk", (await desk.Store.FindSourceByFeedUrlAsync(new Uri(world), default))!.Name);
    }

    [Fact]
    public async Task AddBySiteUrl_WithoutAFeed_Is400WithTheReason()
    {
        using var http = await desk.SignedInAsync();
        var add = await DeskFixture.FormAsync(http, "/desk", "/desk/sources");
        // Nothing listens on port 1: the site cannot be reached, so no feed is found.
        add["feedUrl"] = "http://127.0.0.1:1/";
        add["discover"] = "true";
        var response = await http.PostAsync("/desk/sources", Form(add));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("No feed found at", await response.Content.ReadAsStringAsync());

        add["feedUrl"] = "ftp://example.org/feed";
        response = await http.PostAsync("/desk/sources", Form(add));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not an http(s) URL", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Edit_SavesNameUrlIntervalAndEnabled_AndRefusesABadInterval()
    {
        var source = await desk.AddSourceAsync("Edit me", "/edit.xml");
        using var http = await desk.SignedInAsync();
        var page = $"/desk/sources/{source.Id}";
        var form = await DeskFixture.FormAsync(http, page, page);
        form["name"] = "Edited";
        form["feedUrl"] = new Uri(desk.OriginUrl, "/edited.xml").AbsoluteUri;
        form["country"] = "kg";
        form["interval"] = "abc";
        var bad = await http.PostAsync(page, Form(form));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("'abc' is not a whole number of minutes", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));
        Assert.Equal("Edit me", (await desk.Store.GetSourceAsync(source.Id, default))!.Name);

        form["interval"] = "90";
        Assert.Equal(HttpStatusCode.Redirect, (await http.PostAsync(page, Form(form))).StatusCode);
        var edited = (await desk.Store.GetSourceAsync(source.Id, default))!;
        Assert.Equal(("Edited", "/edited.xml", "KG", (int?)90, false), (edited.Name, edited.FeedUrl.AbsolutePath, edited.CountryHint, edited.RefreshIntervalMinutes, edited.Enabled));
    }

    [Fact]
    public async Task RefreshNow_RunsTheRealRefresh_AndShowsItsOutcome()
    {
        var source = await desk.AddSourceAsync("Refresh me", "/feed.xml?refresh");
        using var http = await desk.SignedInAsync();
        var form = await DeskFixture.FormAsync(http, $"/desk/sources/{source.Id}", $"/desk/sources/{source.Id}/refresh");
        var response = await http.PostAsync($"/desk/sources/{source.Id}/refresh", Form(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Refreshed: fetched, 2 items", page);
        var articles = await desk.Store.ListArticlesAsync(new Storage.ArticleQuery { SourceId = source.Id }, default);
        Assert.Contains(articles, a => a.Title == "Almaty opens a new metro station");
        Assert.NotNull((await desk.Store.GetSourceAsync(source.Id, default))!.FetchState.LastSuccessAt);
    }

    [Fact]
    public async Task Opml_ExportDownloadsEverySource_AndImportAddsTheNewOnes()
    {
        await desk.AddSourceAsync("Exported outlet", "/exported.xml");
        using var http = await desk.SignedInAsync();
        var export = await http.GetAsync("/desk/opml");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("attachment", export.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("Exported outlet", await export.Content.ReadAsStringAsync());

        var fields = await DeskFixture.FormAsync(http, "/desk", "/desk/opml");
        using var upload = new MultipartFormDataContent();
        foreach (var (k, v) in fields) upload.Add(new StringContent(v), k);
        var opml = """
            <?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>
            <outline type="rss" text="Imported outlet" xmlUrl="https://imported.example/rss" htmlUrl="https://imported.example/"/>
            </body></opml>
            """;
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(opml));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/x-opml");
        upload.Add(file, "file", "list.opml");
        var response = await http.PostAsync("/desk/opml", upload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("1 feeds: 1 new", await response.Content.ReadAsStringAsync());
        Assert.Equal("Imported outlet", (await desk.Store.FindSourceByFeedUrlAsync(new Uri("https://imported.example/rss"), default))!.Name);

        using var junk = new MultipartFormDataContent();
        foreach (var (k, v) in fields) junk.Add(new StringContent(v), k);
        junk.Add(new ByteArrayContent(Encoding.UTF8.GetBytes("not xml at all")), "file", "junk.opml");
        var bad = await http.PostAsync("/desk/opml", junk);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("junk.opml: not a valid OPML file", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("GET", "/desk/sources/1")]
    [InlineData("GET", "/desk/opml")]
    [InlineData("GET", "/desk/articles/1")]
    [InlineData("POST", "/desk/sources/1")]
    [InlineData("POST", "/desk/sources/1/refresh")]
    [InlineData("POST", "/desk/opml")]
    [InlineData("POST", "/desk/articles/1/tags")]
    [InlineData("POST", "/desk/articles/1/tags/remove")]
    [InlineData("POST", "/desk/articles/1/split")]
    [InlineData("POST", "/desk/stories/merge")]
    [InlineData("POST", "/desk/tokens")]
    [InlineData("POST", "/desk/tokens/1/revoke")]
    public async Task EveryDeskRoute_NeedsSignIn(string method, string path)
    {
        using var http = desk.NewBrowser();
        var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new FormUrlEncodedContent([]) : null });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/desk/login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("/desk/sources/{id}")]
    [InlineData("/desk/sources/{id}/refresh")]
    [InlineData("/desk/opml")]
    [InlineData("/desk/stories/merge")]
    [InlineData("/desk/tokens")]
    [InlineData("/desk/tokens/1/revoke")]
    [InlineData("/desk/articles/{article}/tags")]
    [InlineData("/desk/articles/{article}/tags/remove")]
    [InlineData("/desk/articles/{article}/split")]
    public async Task EveryDeskPost_WithoutTheAntiforgeryToken_IsRefused(string path)
    {
        var source = await desk.AddSourceAsync("Forgery target", "/forgery.xml");
        var saved = await desk.Store.SaveBatchAsync(new Storage.IngestBatch
        {
            SourceId = source.Id, Attempt = new Model.FetchAttempt { At = DateTimeOffset.UtcNow, Status = "fetched" },
            Articles = [new Storage.ArticleDraft { Article = new Model.Article { ItemKey = "forged", Title = "Target", ContentHash = "forged" }, Tags = [new Model.Tag { Kind = Model.TagKind.Country, Value = "KZ" }] }],
        }, default);
        var article = saved.Drafts[0].ArticleId;
        path = path.Replace("{article}", article.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var http = await desk.SignedInAsync();
        var response = await http.PostAsync(path.Replace("{id}", source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Forged", ["feedUrl"] = "https://evil.example/rss", ["from"] = "1", ["into"] = "2", ["kind"] = "country", ["value"] = "KZ" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("did not come from this site", await response.Content.ReadAsStringAsync());
        Assert.Equal("Forgery target", (await desk.Store.GetSourceAsync(source.Id, default))!.Name);
        Assert.DoesNotContain(await desk.Store.ListApiTokensAsync(DeskFixture.Editor, default), t => t.Name == "Forged");
        Assert.Equal(["KZ"], (await desk.Store.ListTagsAsync(article, default)).Select(t => t.Value));
        Assert.Empty(await desk.Store.ListTagCorrectionsAsync(article, default));
        Assert.Null((await desk.Store.GetArticleAsync(article, default))!.StoryId);
    }
}
