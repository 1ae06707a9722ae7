using Caravan.Model;

namespace Caravan.Storage;

public abstract partial class StoreContract
{
    static Tag Country(string code) => new() { Kind = TagKind.Country, Value = code, Score = 1 };

    [StoreFact]
    public async Task ListArticles_OnePerStory_ListsEachStoryOnceAtItsEarliestReport_AndPagesStably()
    {
        var a = await AddSourceAsync("a");
        var b = await AddSourceAsync("b");
        var o = await IngestAsync(a,
            Draft(NewArticle("s1-first", "Quake", "Quake first", T0), Country("KZ")),
            Draft(NewArticle("s1-later", "Quake", "Quake later", T0.AddHours(5)), Country("KZ")),
            Draft(NewArticle("lone", "Snow", "Snow", T0.AddHours(2)), Country("KZ")),
            Draft(NewArticle("s2-kg", "Border", "Border KG", T0.AddHours(1)), Country("KG")));
        var p = await IngestAsync(b,
            Draft(NewArticle("s2-kz", "Border", "Border KZ", T0.AddHours(3)), Country("KZ")),
            Draft(NewArticle("s2-kz-later", "Border", "Border KZ later", T0.AddHours(4)), Country("KZ")));
        var quake = await Store.SaveStoryAsync(new Story { Title = "Quake", FirstSeenAt = T0, LastSeenAt = T0 }, Ct);
        var border = await Store.SaveStoryAsync(new Story { Title = "Border", FirstSeenAt = T0, LastSeenAt = T0 }, Ct);
        foreach (var (id, story) in new[] { (o.Drafts[0].ArticleId, quake.Id), (o.Drafts[1].ArticleId, quake.Id), (o.Drafts[3].ArticleId, border.Id),
                     (p.Drafts[0].ArticleId, border.Id), (p.Drafts[1].ArticleId, border.Id) })
            await Store.SetArticleLinksAsync(id, new ArticleLinks(null, null, story, null), Ct);

        var kz = new ArticleQuery { TagKind = TagKind.Country, TagValue = "KZ", OnePerStory = true };
        // The border story's earliest report is Kyrgyz; in Kazakhstan's listing its earliest Kazakh report stands for it.
        Assert.Equal(["s2-kz", "lone", "s1-first"], (await Store.ListArticlesAsync(kz, Ct)).Select(x => x.ItemKey));
        Assert.Equal(["lone", "s2-kg", "s1-first"], (await Store.ListArticlesAsync(new ArticleQuery { OnePerStory = true }, Ct)).Select(x => x.ItemKey));
        var page1 = await Store.ListArticlesAsync(kz with { Limit = 2 }, Ct);
        var page2 = await Store.ListArticlesAsync(kz with { Limit = 2, BeforeTime = page1[^1].PublishedAt, BeforeId = page1[^1].Id }, Ct);
        Assert.Equal(["s1-first"], page2.Select(x => x.ItemKey));
    }

    [StoreFact]
    public async Task ListStoryReports_GivesEveryReportOfTheStories_EarliestFirst_WithCopyLinks()
    {
        var a = await AddSourceAsync("a");
        var b = await AddSourceAsync("b");
        var o = await IngestAsync(a, Draft(NewArticle("orig", "Quake", "Quake body", T0)), Draft(NewArticle("other", "Snow", "Snow", T0)),
            Draft(NewArticle("empty", "Quake", "", T0.AddHours(2)) with { LinkOnly = true }));
        var p = await IngestAsync(b, Draft(NewArticle("copy", "Quake", "Quake body copied", T0.AddHours(1)) with { OriginalOutlet = "Outlet a" }));
        var quake = await Store.SaveStoryAsync(new Story { Title = "Quake", FirstSeenAt = T0, LastSeenAt = T0 }, Ct);
        await Store.SetArticleLinksAsync(o.Drafts[0].ArticleId, new ArticleLinks(null, null, quake.Id, null), Ct);
        await Store.SetArticleLinksAsync(o.Drafts[2].ArticleId, new ArticleLinks(null, null, quake.Id, null), Ct);
        await Store.SetArticleLinksAsync(p.Drafts[0].ArticleId, new ArticleLinks(null, o.Drafts[0].ArticleId, quake.Id, null), Ct);

        var reports = await Store.ListStoryReportsAsync([quake.Id, 999], Ct);
        Assert.Equal([o.Drafts[0].ArticleId, p.Drafts[0].ArticleId], reports.Select(r => r.ArticleId));
        Assert.Equal((b, o.Drafts[0].ArticleId, "Outlet a", T0.AddHours(1)),
            (reports[1].SourceId, reports[1].SyndicatedFromId!.Value, reports[1].OriginalOutlet, reports[1].SortAt));
        Assert.All(reports, r => Assert.Equal(quake.Id, r.StoryId));
        Assert.Empty(await Store.ListStoryReportsAsync([], Ct));

        var got = await Store.GetArticlesAsync([p.Drafts[0].ArticleId, o.Drafts[1].ArticleId, 12345], Ct);
        Assert.Equal(["copy", "other"], got.Select(x => x.ItemKey).Order());
    }

    [StoreFact]
    public async Task ChangeVersion_MovesOnContentWrites_NotOnFetchBookkeeping()
    {
        var v0 = await Store.GetChangeVersionAsync(Ct);
        var src = await AddSourceAsync();
        var v1 = await Store.GetChangeVersionAsync(Ct);
        Assert.NotEqual(v0, v1);
        await Store.SaveBatchAsync(new IngestBatch { SourceId = src, Attempt = Attempt("not-modified") }, Ct);
        Assert.Equal(v1, await Store.GetChangeVersionAsync(Ct));
        var o = await IngestAsync(src, Draft(NewArticle("k", "T", "B")));
        var v2 = await Store.GetChangeVersionAsync(Ct);
        Assert.NotEqual(v1, v2);
        await Store.SetArticleLinksAsync(o.Drafts[0].ArticleId, new ArticleLinks(null, null, null, 7UL), Ct);
        var v3 = await Store.GetChangeVersionAsync(Ct);
        Assert.NotEqual(v2, v3);
        await Store.SaveStoryAsync(new Story { Title = "S", FirstSeenAt = T0, LastSeenAt = T0 }, Ct);
        Assert.NotEqual(v3, await Store.GetChangeVersionAsync(Ct));
    }
}

public abstract partial class StoreContract
{
    [StoreFact]
    public async Task SetArticleLinksBatch_SetsEveryExistingArticle_InOneCall_AndRefusesSelfLinks()
    {
        var src = await AddSourceAsync();
        var o = await IngestAsync(src, Draft(NewArticle("a", "A", "Body a")), Draft(NewArticle("b", "B", "Body b")), Draft(NewArticle("c", "C", "Body c")));
        var story = await Store.SaveStoryAsync(new Story { Title = "S", FirstSeenAt = T0, LastSeenAt = T0 }, Ct);
        long a = o.Drafts[0].ArticleId, b = o.Drafts[1].ArticleId, c = o.Drafts[2].ArticleId;
        var set = await Store.SetArticleLinksBatchAsync(
        [
            (a, new ArticleLinks(null, null, story.Id, 1UL)),
            (b, new ArticleLinks(null, a, story.Id, 2UL)),
            (c, new ArticleLinks(a, null, null, null) { VersionOfId = null }),
            (99999, new ArticleLinks(null, null, story.Id, null)),
        ], Ct);
        Assert.Equal(3, set);
        var got = (await Store.GetArticlesAsync([a, b, c], Ct)).ToDictionary(x => x.Id);
        Assert.Equal((story.Id, 1UL), (got[a].StoryId!.Value, got[a].SimHash!.Value));
        Assert.Equal((a, story.Id), (got[b].SyndicatedFromId!.Value, got[b].StoryId!.Value));
        Assert.Equal(a, got[c].DuplicateOfId);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SetArticleLinksBatchAsync([(a, new ArticleLinks(a, null, null, null))], Ct));
    }

    [StoreFact]
    public async Task AddStories_CreatesThemInOrder_InOneCall()
    {
        var ids = await Store.AddStoriesAsync(
        [
            new Story { Title = "First", FirstSeenAt = T0, LastSeenAt = T0.AddHours(1), ArticleCount = 2 },
            new Story { Title = "Second", FirstSeenAt = T0.AddHours(2), LastSeenAt = T0.AddHours(2), ArticleCount = 1, Closed = true },
        ], Ct);
        Assert.Equal(2, ids.Count);
        var second = (await Store.GetStoryAsync(ids[1], Ct))!;
        Assert.Equal(("Second", T0.AddHours(2), 1, true), (second.Title, second.FirstSeenAt, second.ArticleCount, second.Closed));
        Assert.Equal("First", (await Store.GetStoryAsync(ids[0], Ct))!.Title);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.AddStoriesAsync([second], Ct));
    }
}
