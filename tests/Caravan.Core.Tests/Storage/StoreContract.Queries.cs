using Caravan.Model;

namespace Caravan.Storage;

public abstract partial class StoreContract
{
    [StoreFact]
    public async Task ListArticles_NewestFirst_WithCursorPaging()
    {
        var src = await AddSourceAsync();
        for (int i = 0; i < 5; i++)
            await IngestAsync(src, Draft(NewArticle($"k{i}", $"Title {i}", $"Body {i}", T0.AddHours(i))));
        var page1 = await Store.ListArticlesAsync(new ArticleQuery { Limit = 2 }, Ct);
        Assert.Equal(["k4", "k3"], page1.Select(a => a.ItemKey));
        var last = page1[^1];
        var page2 = await Store.ListArticlesAsync(new ArticleQuery { Limit = 2, BeforeTime = last.PublishedAt, BeforeId = last.Id }, Ct);
        Assert.Equal(["k2", "k1"], page2.Select(a => a.ItemKey));
    }

    [StoreFact]
    public async Task ListArticles_FiltersByTagSourceAndStory_AndHidesLinkOnlyAndDuplicates()
    {
        var kz = await AddSourceAsync("kz");
        var kg = await AddSourceAsync("kg", "KG");
        var o = await IngestAsync(kz,
            Draft(NewArticle("a", "Astana", "Body a"), new Tag { Kind = TagKind.Country, Value = "KZ" }),
            Draft(NewArticle("empty", "Empty", "") with { LinkOnly = true }, new Tag { Kind = TagKind.Country, Value = "KZ" }),
            Draft(NewArticle("dup", "Astana again", "Body dup"), new Tag { Kind = TagKind.Country, Value = "KZ" }));
        await IngestAsync(kg, Draft(NewArticle("b", "Bishkek", "Body b"), new Tag { Kind = TagKind.Country, Value = "KG" }));
        var story = await Store.SaveStoryAsync(new Story { Title = "S", FirstSeenAt = T0, LastSeenAt = T0, ArticleCount = 1 }, Ct);
        await Store.SetArticleLinksAsync(o.Drafts[2].ArticleId, new ArticleLinks(o.Drafts[0].ArticleId, null, story.Id, 42UL), Ct);

        var kzArticles = await Store.ListArticlesAsync(new ArticleQuery { TagKind = TagKind.Country, TagValue = "KZ" }, Ct);
        Assert.Equal(["a"], kzArticles.Select(a => a.ItemKey));
        var all = await Store.ListArticlesAsync(new ArticleQuery { SourceId = kz, IncludeLinkOnly = true, IncludeDuplicates = true }, Ct);
        Assert.Equal(3, all.Count);
        var inStory = await Store.ListArticlesAsync(new ArticleQuery { StoryId = story.Id, IncludeDuplicates = true }, Ct);
        var dup = Assert.Single(inStory);
        Assert.Equal((o.Drafts[0].ArticleId, 42UL), (dup.DuplicateOfId!.Value, dup.SimHash!.Value));
        Assert.Equal(new Dictionary<string, int> { ["KZ"] = 1, ["KG"] = 1 }, await Store.CountTagsAsync(TagKind.Country, Ct));
    }

    [StoreFact]
    public async Task ListArticlesPerTag_GivesEachValueItsOwnNewestPage_InOneCall()
    {
        var src = await AddSourceAsync();
        var drafts = new List<ArticleDraft>();
        for (int i = 0; i < 4; i++)
            drafts.Add(Draft(NewArticle($"kz{i}", $"Astana {i}", $"Body kz {i}", T0.AddHours(i)), new Tag { Kind = TagKind.Country, Value = "KZ" }));
        drafts.Add(Draft(NewArticle("kg0", "Bishkek", "Body kg", T0.AddHours(-5)), new Tag { Kind = TagKind.Country, Value = "KG" }));
        drafts.Add(Draft(NewArticle("both", "Border", "Body both", T0.AddHours(-1)), new Tag { Kind = TagKind.Country, Value = "KG" }, new Tag { Kind = TagKind.Country, Value = "KZ" }));
        await IngestAsync(src, [.. drafts]);

        var rails = await Store.ListArticlesPerTagAsync(new ArticleQuery { TagKind = TagKind.Country, TagValue = "ignored", Limit = 3 }, ["KZ", "KG", "TJ"], Ct);
        Assert.Equal(["KG", "KZ"], rails.Keys.Order());
        Assert.Equal(["kz3", "kz2", "kz1"], rails["KZ"].Select(a => a.ItemKey));
        Assert.Equal(["both", "kg0"], rails["KG"].Select(a => a.ItemKey));
        // The same page as one listing per value would give, cursor included.
        var before = rails["KZ"][^1];
        var next = await Store.ListArticlesPerTagAsync(new ArticleQuery { TagKind = TagKind.Country, Limit = 3, BeforeTime = before.PublishedAt, BeforeId = before.Id }, ["KZ"], Ct);
        Assert.Equal((await Store.ListArticlesAsync(new ArticleQuery { TagKind = TagKind.Country, TagValue = "KZ", Limit = 3, BeforeTime = before.PublishedAt, BeforeId = before.Id }, Ct)).Select(a => a.Id),
            next["KZ"].Select(a => a.Id));
        Assert.Empty(await Store.ListArticlesPerTagAsync(new ArticleQuery { TagKind = TagKind.Country }, [], Ct));
    }

    [StoreFact]
    public async Task ListTags_OfManyArticles_InOneCall_MatchesTheOneByOneAnswers()
    {
        var src = await AddSourceAsync();
        var o = await IngestAsync(src,
            Draft(NewArticle("a", "Astana", "Body a"), new Tag { Kind = TagKind.Country, Value = "KZ", Why = "dateline" }, new Tag { Kind = TagKind.Topic, Value = "energy", Score = 0.5 }),
            Draft(NewArticle("b", "Bishkek", "Body b"), new Tag { Kind = TagKind.Country, Value = "KG" }),
            Draft(NewArticle("c", "Untagged", "Body c")));
        var ids = o.Drafts.Select(d => d.ArticleId).ToList();
        var byArticle = await Store.ListTagsAsync(ids.Append(999_999).ToList(), Ct);
        Assert.Equal(2, byArticle.Count);
        foreach (var id in ids.Take(2))
            Assert.Equal(await Store.ListTagsAsync(id, Ct), byArticle[id]);
        Assert.False(byArticle.ContainsKey(ids[2]));
        Assert.Empty(await Store.ListTagsAsync(Array.Empty<long>(), Ct));
    }

    [StoreFact]
    public async Task ListArticles_OversizedOrNegativeLimit_IsClamped()
    {
        var src = await AddSourceAsync();
        await IngestAsync(src, Draft(NewArticle("a", "T", "B")));
        Assert.Single(await Store.ListArticlesAsync(new ArticleQuery { Limit = -5 }, Ct));
        Assert.Single(await Store.ListArticlesAsync(new ArticleQuery { Limit = int.MaxValue }, Ct));
    }

    [StoreFact]
    public async Task SetArticleLinks_Unknown_ReturnsFalse_AndSelfLinkIsRefused()
    {
        Assert.False(await Store.SetArticleLinksAsync(999, new ArticleLinks(null, null, null, null), Ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SetArticleLinksAsync(5, new ArticleLinks(5, null, null, null), Ct));
    }

    [StoreFact]
    public async Task Search_FindsByTitleAndBody_FoldingDiacritics_WithMarkedSnippets()
    {
        var src = await AddSourceAsync();
        await IngestAsync(src,
            Draft(NewArticle("a", "Kambarata dam deal", "Ministers met in Bishkek to sign the hydropower agreement.")),
            Draft(NewArticle("b", "Öskemen floods", "The river rose overnight in the eastern region.")),
            Draft(NewArticle("c", "Другое событие", "Токаев встретился с министрами в Астане.")));
        var hits = await Store.SearchAsync(new SearchQuery { Text = "hydropower" }, Ct);
        Assert.Equal("a", Assert.Single(hits).Article.ItemKey);
        Assert.Contains($"{SearchSyntax.MatchStart}hydropower{SearchSyntax.MatchEnd}", hits[0].Snippet);
        Assert.Equal("b", Assert.Single(await Store.SearchAsync(new SearchQuery { Text = "oskemen" }, Ct)).Article.ItemKey);
        Assert.Equal("c", Assert.Single(await Store.SearchAsync(new SearchQuery { Text = "токаев" }, Ct)).Article.ItemKey);
        Assert.Equal("a", Assert.Single(await Store.SearchAsync(new SearchQuery { Text = "\"sign the hydropower\"" }, Ct)).Article.ItemKey);
        Assert.Equal("a", Assert.Single(await Store.SearchAsync(new SearchQuery { Text = "hydro*" }, Ct)).Article.ItemKey);
    }

    [StoreFact]
    public async Task Search_NameInAnySpelling_FindsTheArticlesThatUseAnother()
    {
        var src = await AddSourceAsync();
        await IngestAsync(src,
            Draft(NewArticle("en", "Tokayev visits Nur-Sultan", "President Tokayev met ministers.")),
            Draft(NewArticle("ru", "Совещание в Астане", "Президент Токаева поддержали депутаты.")),
            Draft(NewArticle("kk", "Кеңес", "Тоқаев кеңес өткізді.")),
            Draft(NewArticle("other", "Weather", "Snow in Kostanay.")));
        foreach (var query in new[] { "Токаев", "Toqaev", "tokaev", "Tokayev" })
        {
            var hits = await Store.SearchAsync(new SearchQuery { Text = query }, Ct);
            Assert.Equal(["en", "kk", "ru"], hits.Select(h => h.Article.ItemKey).Order());
        }
        var astana = await Store.SearchAsync(new SearchQuery { Text = "Astana" }, Ct);
        Assert.Equal(["en", "ru"], astana.Select(h => h.Article.ItemKey).Order());
    }

    [StoreFact]
    public async Task Search_TitleMatchRanksAboveBodyMatch()
    {
        var src = await AddSourceAsync();
        await IngestAsync(src,
            Draft(NewArticle("body", "Weather report", "Later, the earthquake was mentioned in passing among many other words here.")),
            Draft(NewArticle("title", "Earthquake near Osh", "Houses were damaged in Kara-Suu.")));
        var hits = await Store.SearchAsync(new SearchQuery { Text = "earthquake" }, Ct);
        Assert.Equal(["title", "body"], hits.Select(h => h.Article.ItemKey));
    }

    [StoreTheory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("AND OR NOT ( ) * : ^")]
    [InlineData("-excluded")]
    public async Task Search_EngineSyntaxOrNothingToSearch_ReturnsNoHitsWithoutError(string text)
    {
        var src = await AddSourceAsync();
        await IngestAsync(src, Draft(NewArticle("a", "AND OR NOT", "excluded words")));
        var hits = await Store.SearchAsync(new SearchQuery { Text = text }, Ct);
        Assert.True(hits.Count <= 1);
    }

    [StoreFact]
    public async Task Search_FiltersByCountryAndSource()
    {
        var kz = await AddSourceAsync("kz");
        var kg = await AddSourceAsync("kg");
        await IngestAsync(kz, Draft(NewArticle("a", "Gas prices", "Gas prices rose."), new Tag { Kind = TagKind.Country, Value = "KZ" }));
        await IngestAsync(kg, Draft(NewArticle("b", "Gas prices", "Gas prices fell."), new Tag { Kind = TagKind.Country, Value = "KG" }));
        Assert.Equal("b", Assert.Single(await Store.SearchAsync(new SearchQuery { Text = "gas", Country = "kg" }, Ct)).Article.ItemKey);
        Assert.Equal("a", Assert.Single(await Store.SearchAsync(new SearchQuery { Text = "gas", SourceId = kz }, Ct)).Article.ItemKey);
    }

    [StoreFact]
    public async Task Stories_CreateUpdateAndGet()
    {
        var s = await Store.SaveStoryAsync(new Story { Title = "Quake", FirstSeenAt = T0, LastSeenAt = T0, ArticleCount = 1 }, Ct);
        Assert.True(s.Id > 0);
        var updated = await Store.SaveStoryAsync(s with { ArticleCount = 3, LastSeenAt = T0.AddHours(5), Closed = true }, Ct);
        Assert.Equal(updated, await Store.GetStoryAsync(s.Id, Ct));
        Assert.Equal(3, updated.ArticleCount);
        Assert.Null(await Store.GetStoryAsync(999, Ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SaveStoryAsync(s with { Id = 999 }, Ct));
        Assert.Equal(1, (await Store.GetStatsAsync(Ct)).Stories);
    }

    [StoreFact]
    public async Task Users_AddGetAndReplacePassword_NamesIgnoreCase()
    {
        Assert.Null(await Store.GetUserAsync("dana", Ct));
        Assert.True(await Store.SaveUserAsync(new EditorUser { Name = "dana", PasswordHash = "h1", CreatedAt = T0 }, Ct));
        Assert.False(await Store.SaveUserAsync(new EditorUser { Name = "Dana", PasswordHash = "h2", CreatedAt = T0.AddDays(1) }, Ct));
        var user = await Store.GetUserAsync("DANA", Ct);
        Assert.Equal(new EditorUser { Name = "dana", PasswordHash = "h2", CreatedAt = T0 }, user);
    }

    [StoreFact]
    public async Task ListStories_NewestReportFirst_WithCursorPages()
    {
        var ids = new List<long>();
        foreach (var hours in new[] { 1, 3, 3, 2 })
            ids.Add((await Store.SaveStoryAsync(new Story { Title = $"S{hours}", FirstSeenAt = T0, LastSeenAt = T0.AddHours(hours), ArticleCount = 1 }, Ct)).Id);
        var all = await Store.ListStoriesAsync(new StoryQuery(), Ct);
        // Ties on last report are broken by id, newest first, so the cursor is stable.
        Assert.Equal([ids[2], ids[1], ids[3], ids[0]], all.Select(s => s.Id));
        var page1 = await Store.ListStoriesAsync(new StoryQuery { Limit = 2 }, Ct);
        var page2 = await Store.ListStoriesAsync(new StoryQuery { Limit = 2, BeforeLastSeen = page1[^1].LastSeenAt, BeforeId = page1[^1].Id }, Ct);
        Assert.Equal(all.Select(s => s.Id), page1.Concat(page2).Select(s => s.Id));
        Assert.Empty(await Store.ListStoriesAsync(new StoryQuery { BeforeLastSeen = T0, BeforeId = 1 }, Ct));
    }

    [StoreFact]
    public async Task Stats_CountEverything()
    {
        var ok = await AddSourceAsync("ok");
        var failing = await AddSourceAsync("failing");
        await Store.SaveBatchAsync(new IngestBatch
        {
            SourceId = failing, Attempt = Attempt("timeout"), NewState = new SourceFetchState { ConsecutiveFailures = 2, LastError = "timeout" },
        }, Ct);
        await IngestAsync(ok, Draft(NewArticle("a", "T", "B"), new Tag { Kind = TagKind.Country, Value = "KZ" }, new Tag { Kind = TagKind.Language, Value = "en" }));
        var stats = await Store.GetStatsAsync(Ct);
        Assert.Equal((2, 1, 1, 0, 0), (stats.Sources, stats.FailingSources, stats.Articles, stats.Versions, stats.Stories));
        Assert.Equal(new Dictionary<string, int> { ["country"] = 1, ["language"] = 1 }, stats.Tags);
        Assert.InRange(stats.SizeBytes, 4096, 1L << 32); // a real size: at least a page, far from nonsense
    }

    [StoreFact]
    public async Task Migrate_Twice_IsHarmless()
    {
        await Store.MigrateAsync(Ct);
        await AddSourceAsync();
        await Store.MigrateAsync(Ct);
        Assert.Single(await Store.ListSourcesAsync(Ct));
    }
}
