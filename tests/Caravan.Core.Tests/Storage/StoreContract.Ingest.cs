using Caravan.Model;

namespace Caravan.Storage;

public abstract partial class StoreContract
{
    [StoreFact]
    public async Task SaveBatch_NewArticle_IsStoredWithVersionOneAndTags()
    {
        var src = await AddSourceAsync();
        var a = NewArticle("k1", "Kambarata-1 deal signed", "Three governments signed the financing agreement.") with
        {
            Byline = "Aidos Zhumabek", Dateline = "BISHKEK, Kyrgyzstan —", ImageUrl = "https://x.example/a.jpg", ImageCredit = "Image: president.kg",
            Language = "en", Html = "<p>Three governments signed the financing agreement.</p>", Summary = "Deal signed",
            OriginalOutlet = "Steppe Herald", OriginalUrl = "https://steppe-herald.example/1", UpdatedAt = T0.AddHours(1),
        };
        var outcome = await IngestAsync(src, Draft(a, new Tag { Kind = TagKind.Country, Value = "KG", Score = 0.9, Why = "dateline" }));

        Assert.Equal(1, outcome.New);
        var stored = (await Store.GetArticleAsync(outcome.Drafts[0].ArticleId, Ct))!;
        Assert.Equal(src, stored.SourceId);
        Assert.Equal(1, stored.Version);
        Assert.Equal(a.Title, stored.Title);
        Assert.Equal(a.Text, stored.Text);
        Assert.Equal(a.Byline, stored.Byline);
        Assert.Equal(a.Dateline, stored.Dateline);
        Assert.Equal(a.ImageCredit, stored.ImageCredit);
        Assert.Equal(a.OriginalOutlet, stored.OriginalOutlet);
        Assert.Equal(T0, stored.PublishedAt);
        Assert.Equal(T0.AddHours(1), stored.UpdatedAt);
        var tag = Assert.Single(await Store.ListTagsAsync(stored.Id, Ct));
        Assert.Equal(("KG", 0.9, "dateline"), (tag.Value, tag.Score, tag.Why));
        var v = Assert.Single(await Store.ListVersionsAsync(stored.Id, Ct));
        Assert.Equal((1, a.ContentHash), (v.Version, v.ContentHash));
        Assert.Null(v.Diff);
    }

    [StoreFact]
    public async Task SaveBatch_SameItemSameBody_IsUnchanged()
    {
        var src = await AddSourceAsync();
        await IngestAsync(src, Draft(NewArticle("k1", "T", "Body")));
        var again = await IngestAsync(src, Draft(NewArticle("k1", "T", "Body")));
        Assert.Equal(1, again.Unchanged);
        Assert.Equal(1, (await Store.GetStatsAsync(Ct)).Articles);
        Assert.Equal(0, (await Store.GetStatsAsync(Ct)).Versions);
    }

    [StoreFact]
    public async Task SaveBatch_ChangedBody_BecomesANewVersionWithAWordDiff()
    {
        var src = await AddSourceAsync();
        var first = await IngestAsync(src, Draft(NewArticle("k1", "Protest in Zhanaozen", "Several hundred protesters gathered in the square.")));
        var second = await IngestAsync(src, Draft(NewArticle("k1", "Protest in Zhanaozen", "Around 200 protesters gathered in the square.")));

        Assert.Equal(1, second.Updated);
        Assert.Equal(first.Drafts[0].ArticleId, second.Drafts[0].ArticleId);
        var article = (await Store.GetArticleAsync(second.Drafts[0].ArticleId, Ct))!;
        Assert.Equal(2, article.Version);
        Assert.StartsWith("Around 200", article.Text);
        var versions = await Store.ListVersionsAsync(article.Id, Ct);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Equal("[-Several hundred-] {+Around 200+} protesters gathered in the square.", versions[1].Diff);
        var stats = await Store.GetStatsAsync(Ct);
        Assert.Equal((1, 1), (stats.Articles, stats.Versions));
    }

    [StoreFact]
    public async Task SaveBatch_BodyOfAnEarlierVersion_IsAStaleCopyAndChangesNothing()
    {
        var src = await AddSourceAsync();
        await IngestAsync(src, Draft(NewArticle("k1", "T", "Several hundred protesters")));
        await IngestAsync(src, Draft(NewArticle("k1", "T", "Around 200 protesters")));
        var stale = await IngestAsync(src, Draft(NewArticle("k1", "T", "Several hundred protesters")));
        Assert.Equal(1, stale.Unchanged);
        var a = (await Store.FindArticleAsync(src, "k1", Ct))!;
        Assert.Equal((2, "Around 200 protesters"), (a.Version, a.Text));
        Assert.Equal(2, (await Store.ListVersionsAsync(a.Id, Ct)).Count);
    }

    [StoreFact]
    public async Task SaveBatch_NewUnchangedChangedAndStaleItemsInOneFeed_EachGetsItsOwnOutcomeInFeedOrder()
    {
        var src = await AddSourceAsync();
        var first = await IngestAsync(src, Draft(NewArticle("same", "T", "Same body")), Draft(NewArticle("edited", "T", "Old words")),
            Draft(NewArticle("flip", "T", "Edition one")));
        await IngestAsync(src, Draft(NewArticle("flip", "T", "Edition two")));

        var o = await IngestAsync(src, Draft(NewArticle("fresh", "T", "Brand new", T0.AddHours(2)), new Tag { Kind = TagKind.Country, Value = "TJ" }),
            Draft(NewArticle("same", "T", "Same body")), Draft(NewArticle("edited", "T", "New words")), Draft(NewArticle("flip", "T", "Edition one")));

        Assert.Equal([ArticleChange.New, ArticleChange.Unchanged, ArticleChange.Updated, ArticleChange.Unchanged], o.Drafts.Select(d => d.Change));
        Assert.Equal([1, 1, 2, 2], o.Drafts.Select(d => d.Version));
        Assert.Equal(first.Drafts.Select(d => d.ArticleId), o.Drafts.Skip(1).Select(d => d.ArticleId));
        var fresh = (await Store.FindArticleAsync(src, "fresh", Ct))!;
        Assert.Equal((fresh.Id, "Brand new"), (o.Drafts[0].ArticleId, fresh.Text));
        Assert.Equal(["TJ"], (await Store.ListTagsAsync(fresh.Id, Ct)).Select(t => t.Value));
        Assert.Equal("[-Old-] {+New+} words", (await Store.ListVersionsAsync(o.Drafts[2].ArticleId, Ct))[1].Diff);
        Assert.Equal("Edition two", (await Store.FindArticleAsync(src, "flip", Ct))!.Text);
        Assert.Equal([0, 1, 3], (await Store.ListFetchAttemptsAsync(src, 10, Ct)).Select(f => f.ItemsNew).Order());
    }

    [StoreFact]
    public async Task SaveBatch_OneItemTwiceInOneFeed_TheSecondBodyIsTheFirstsNextVersion()
    {
        var src = await AddSourceAsync();
        var o = await IngestAsync(src, Draft(NewArticle("k1", "T", "First words")), Draft(NewArticle("k1", "T", "Second words")));

        Assert.Equal([ArticleChange.New, ArticleChange.Updated], o.Drafts.Select(d => d.Change));
        Assert.Equal(o.Drafts[0].ArticleId, o.Drafts[1].ArticleId);
        var a = (await Store.FindArticleAsync(src, "k1", Ct))!;
        Assert.Equal((2, "Second words"), (a.Version, a.Text));
        Assert.Equal([1, 2], (await Store.ListVersionsAsync(a.Id, Ct)).Select(v => v.Version));
    }

    [StoreFact]
    public async Task ListTagsOf_ManyArticles_GivesEachTaggedArticlesTagsAsListTagsDoes()
    {
        var src = await AddSourceAsync();
        var o = await IngestAsync(src,
            Draft(NewArticle("k1", "T", "One"), new Tag { Kind = TagKind.Topic, Value = "energy", Score = 0.4 }, new Tag { Kind = TagKind.Country, Value = "KZ", Score = 0.9 },
                new Tag { Kind = TagKind.Topic, Value = "water", Score = 0.8 }),
            Draft(NewArticle("k2", "T", "Two")),
            Draft(NewArticle("k3", "T", "Three"), new Tag { Kind = TagKind.Place, Value = "Osh" }));
        var ids = o.Drafts.Select(d => d.ArticleId).ToList();

        var tags = await Store.ListTagsAsync(ids, Ct);

        Assert.Equal([ids[0], ids[2]], tags.Keys.Order());
        Assert.Equal((await Store.ListTagsAsync(ids[0], Ct)).Select(t => $"{t.Kind}:{t.Value}"), tags[ids[0]].Select(t => $"{t.Kind}:{t.Value}"));
        Assert.Equal(["Place:Osh"], tags[ids[2]].Select(t => $"{t.Kind}:{t.Value}"));
        Assert.Empty(await Store.ListTagsAsync([], Ct));
    }

    [StoreFact]
    public async Task SaveBatch_ChangedBody_KeepsManualTagsAndReplacesAutomaticOnes()
    {
        var src = await AddSourceAsync();
        await IngestAsync(src, Draft(NewArticle("k1", "T", "One"),
            new Tag { Kind = TagKind.Country, Value = "KZ" }, new Tag { Kind = TagKind.Topic, Value = "energy", Manual = true }));
        var o = await IngestAsync(src, Draft(NewArticle("k1", "T", "Two"), new Tag { Kind = TagKind.Country, Value = "KG" }));
        var tags = await Store.ListTagsAsync(o.Drafts[0].ArticleId, Ct);
        Assert.Equal(["Country:KG", "Topic:energy"], tags.Select(t => $"{t.Kind}:{t.Value}").Order());
    }

    [StoreFact]
    public async Task SaveBatch_WritesAttemptAndFetchState()
    {
        var src = await AddSourceAsync();
        var state = new SourceFetchState
        {
            ETag = "\"abc\"", LastModified = "Tue, 03 Nov 2026 09:00:00 GMT", LastAttemptAt = T0, LastSuccessAt = T0,
            NextCheckAt = T0.AddMinutes(30), ConsecutiveFailures = 0,
        };
        await Store.SaveBatchAsync(new IngestBatch
        {
            SourceId = src, Attempt = Attempt() with { ItemsSeen = 3, ItemsNew = 99 }, NewState = state,
            Articles = [Draft(NewArticle("a", "T", "A")), Draft(NewArticle("b", "T", "B"))],
        }, Ct);
        var s = (await Store.GetSourceAsync(src, Ct))!;
        Assert.Equal(state, s.FetchState);
        var attempt = Assert.Single(await Store.ListFetchAttemptsAsync(src, 10, Ct));
        Assert.Equal(("fetched", 200, 1024L, 3, 2), (attempt.Status, attempt.HttpStatus!.Value, attempt.Bytes, attempt.ItemsSeen, attempt.ItemsNew));
    }

    [StoreFact]
    public async Task SaveBatch_GoneAndMoved_DisableOrRepointTheSource()
    {
        var src = await AddSourceAsync();
        await Store.SaveBatchAsync(new IngestBatch { SourceId = src, Attempt = Attempt("moved"), NewFeedUrl = new Uri("https://moved.example/feed") }, Ct);
        Assert.Equal("https://moved.example/feed", (await Store.GetSourceAsync(src, Ct))!.FeedUrl.AbsoluteUri);
        await Store.SaveBatchAsync(new IngestBatch
        {
            SourceId = src, Attempt = Attempt("gone"), Disable = true, NewState = new SourceFetchState { DisabledReason = "410 Gone" },
        }, Ct);
        var s = (await Store.GetSourceAsync(src, Ct))!;
        Assert.False(s.Enabled);
        Assert.Equal("410 Gone", s.FetchState.DisabledReason);
    }

    [StoreFact]
    public async Task SaveBatch_UnknownSource_IsRefusedAndWritesNothing()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => IngestAsync(777, Draft(NewArticle("k", "T", "B"))));
        Assert.Equal(0, (await Store.GetStatsAsync(Ct)).Articles);
    }

    [StoreFact]
    public async Task SaveBatch_ArticleWithoutKey_IsRefusedAndNothingOfTheBatchIsWritten()
    {
        var src = await AddSourceAsync();
        await Assert.ThrowsAnyAsync<ArgumentException>(() => IngestAsync(src, Draft(NewArticle("ok", "T", "B")), Draft(NewArticle(" ", "T", "B2"))));
        Assert.Equal(0, (await Store.GetStatsAsync(Ct)).Articles);
        Assert.Empty(await Store.ListFetchAttemptsAsync(src, 10, Ct));
    }

    [StoreFact]
    public async Task SaveBatch_FailingMidBatch_RollsBackEverything()
    {
        var src = await AddSourceAsync();
        var badTag = new Tag { Kind = TagKind.Country, Value = " " };
        await Assert.ThrowsAnyAsync<ArgumentException>(() => IngestAsync(src, Draft(NewArticle("a", "T", "B")), Draft(NewArticle("b", "T", "B2"), badTag)));
        Assert.Null(await Store.FindArticleAsync(src, "a", Ct));
        Assert.Empty(await Store.ListFetchAttemptsAsync(src, 10, Ct));
    }

    [StoreFact]
    public async Task CountArticlesSince_CountsOneSourcesRecentArticles()
    {
        var src = await AddSourceAsync();
        var other = await AddSourceAsync("other");
        await IngestAsync(src, Draft(NewArticle("old", "T", "A", T0.AddDays(-10))), Draft(NewArticle("new", "T", "B", T0.AddDays(-1))), Draft(NewArticle("now", "T", "C", T0)));
        await IngestAsync(other, Draft(NewArticle("x", "T", "D", T0)));
        Assert.Equal(2, await Store.CountArticlesSinceAsync(src, T0.AddDays(-7), Ct));
        Assert.Equal(0, await Store.CountArticlesSinceAsync(999, T0.AddDays(-7), Ct));
    }

    [StoreFact]
    public async Task FindArticle_BySourceAndKey()
    {
        var src = await AddSourceAsync();
        var other = await AddSourceAsync("other");
        await IngestAsync(src, Draft(NewArticle("k1", "T", "B")));
        Assert.NotNull(await Store.FindArticleAsync(src, "k1", Ct));
        Assert.Null(await Store.FindArticleAsync(other, "k1", Ct));
        Assert.Null(await Store.GetArticleAsync(123456, Ct));
    }
}
