using Caravan.Model;

namespace Caravan.Storage;

public abstract partial class StoreContract
{
    static Tag Country(string code) => new() { Kind = TagKind.Country, Value = code, Score = 0.9, Why = "dateline" };

    TagCorrection Correction(long articleId, string value, TagCorrectionAction action) =>
        new() { ArticleId = articleId, Kind = TagKind.Country, Value = value, Action = action, Editor = "dana", At = T0 };

    [StoreFact]
    public async Task CorrectTag_RemovesAndAdds_AndWinsOverReTaggingOnReIngest()
    {
        var src = await AddSourceAsync();
        var id = (await IngestAsync(src, Draft(NewArticle("a", "Gas prices", "Gas prices rise in Almaty"), Country("KZ"), Country("UZ")))).Drafts[0].ArticleId;

        Assert.True(await Store.CorrectTagAsync(Correction(id, "UZ", TagCorrectionAction.Remove), Ct));
        Assert.True(await Store.CorrectTagAsync(Correction(id, "KG", TagCorrectionAction.Add), Ct));
        var tags = await Store.ListTagsAsync(id, Ct);
        Assert.Equal(["KG", "KZ"], tags.Select(t => t.Value).Order());
        Assert.True(tags.Single(t => t.Value == "KG").Manual);

        // The outlet edits the article; the tagger again says UZ and not KG.
        await IngestAsync(src, Draft(NewArticle("a", "Gas prices", "Gas prices rise in Almaty and Tashkent"), Country("KZ"), Country("UZ")));
        Assert.Equal(["KG", "KZ"], (await Store.ListTagsAsync(id, Ct)).Select(t => t.Value).Order());
        Assert.Equal(2, (await Store.CountTagsAsync(TagKind.Country, Ct)).Count);
        var corrections = await Store.ListTagCorrectionsAsync(id, Ct);
        Assert.Equal([("KG", TagCorrectionAction.Add), ("UZ", TagCorrectionAction.Remove)], corrections.Select(c => (c.Value, c.Action)).Order());
        Assert.All(corrections, c => Assert.Equal("dana", c.Editor));
    }

    [StoreFact]
    public async Task CorrectTag_OfAnAutomaticTag_MakesItManual_AndALaterCorrectionReplacesTheFirst()
    {
        var src = await AddSourceAsync();
        var id = (await IngestAsync(src, Draft(NewArticle("a", "Gas", "Gas"), Country("KZ")))).Drafts[0].ArticleId;
        await Store.CorrectTagAsync(Correction(id, "KZ", TagCorrectionAction.Add), Ct);
        Assert.True((await Store.ListTagsAsync(id, Ct)).Single().Manual);
        await Store.CorrectTagAsync(Correction(id, "KZ", TagCorrectionAction.Remove), Ct);
        Assert.Empty(await Store.ListTagsAsync(id, Ct));
        Assert.Equal(TagCorrectionAction.Remove, (await Store.ListTagCorrectionsAsync(id, Ct)).Single().Action);
    }

    [StoreFact]
    public async Task WithdrawTagCorrection_OfAnAddition_RemovesTheTag_AndOfARemoval_LetsTaggingDecideAgain()
    {
        var src = await AddSourceAsync();
        var id = (await IngestAsync(src, Draft(NewArticle("a", "Gas", "Gas"), Country("KZ")))).Drafts[0].ArticleId;
        await Store.CorrectTagAsync(Correction(id, "KG", TagCorrectionAction.Add), Ct);
        await Store.CorrectTagAsync(Correction(id, "KZ", TagCorrectionAction.Remove), Ct);
        Assert.True(await Store.WithdrawTagCorrectionAsync(id, TagKind.Country, "KG", Ct));
        Assert.True(await Store.WithdrawTagCorrectionAsync(id, TagKind.Country, "KZ", Ct));
        Assert.False(await Store.WithdrawTagCorrectionAsync(id, TagKind.Country, "KZ", Ct));
        Assert.Empty(await Store.ListTagsAsync(id, Ct));
        await IngestAsync(src, Draft(NewArticle("a", "Gas", "Gas, edited"), Country("KZ")));
        Assert.Equal("KZ", (await Store.ListTagsAsync(id, Ct)).Single().Value);
        Assert.Empty(await Store.ListTagCorrectionsAsync(id, Ct));
    }

    [StoreFact]
    public async Task CorrectTag_OfAMissingArticle_IsFalse()
    {
        Assert.False(await Store.CorrectTagAsync(Correction(999, "KZ", TagCorrectionAction.Add), Ct));
        Assert.Empty(await Store.ListTagCorrectionsAsync(999, Ct));
    }

    async Task<(long A, long B, long C, long StoryAb, long StoryC)> TwoStoriesAsync()
    {
        var src = await AddSourceAsync();
        var o = await IngestAsync(src,
            Draft(NewArticle("a", "Flood", "Flood in Osh", T0)), Draft(NewArticle("b", "Flood", "Flood in Osh region", T0.AddHours(2))),
            Draft(NewArticle("c", "Flooding", "Osh floods", T0.AddHours(5))));
        var (a, b, c) = (o.Drafts[0].ArticleId, o.Drafts[1].ArticleId, o.Drafts[2].ArticleId);
        var ab = await Store.SaveStoryAsync(new Story { Title = "Flood", FirstArticleId = a, FirstSeenAt = T0, LastSeenAt = T0.AddHours(2), ArticleCount = 2 }, Ct);
        var sc = await Store.SaveStoryAsync(new Story { Title = "Flooding", FirstArticleId = c, FirstSeenAt = T0.AddHours(5), LastSeenAt = T0.AddHours(5), ArticleCount = 1 }, Ct);
        await Store.SetArticleLinksAsync(a, new ArticleLinks(null, null, ab.Id, null), Ct);
        await Store.SetArticleLinksAsync(b, new ArticleLinks(null, null, ab.Id, null), Ct);
        await Store.SetArticleLinksAsync(c, new ArticleLinks(null, null, sc.Id, null), Ct);
        return (a, b, c, ab.Id, sc.Id);
    }

    [StoreFact]
    public async Task MergeStories_MovesEveryReport_AndTheOldIdLeadsToTheMergedStory_AlsoForLinking()
    {
        var (a, _, c, ab, sc) = await TwoStoriesAsync();
        var merged = await Store.MergeStoriesAsync(sc, ab, Ct);
        Assert.NotNull(merged);
        Assert.Equal((ab, 3, a, T0, T0.AddHours(5)), (merged.Id, merged.ArticleCount, merged.FirstArticleId!.Value, merged.FirstSeenAt, merged.LastSeenAt));
        Assert.Equal(ab, (await Store.GetArticleAsync(c, Ct))!.StoryId);
        Assert.Equal(ab, (await Store.GetStoryAsync(sc, Ct))!.Id);
        Assert.Equal([ab], (await Store.ListStoriesAsync(new StoryQuery(), Ct)).Select(s => s.Id));
        Assert.Equal(1, (await Store.GetStatsAsync(Ct)).Stories);

        // The linker still knows the old story id: a new report given it lands in the merged story.
        var d = (await IngestAsync(await AddSourceAsync("other"), Draft(NewArticle("d", "Flood", "Osh flood", T0.AddHours(6))))).Drafts[0].ArticleId;
        await Store.SetArticleLinksAsync(d, new ArticleLinks(null, null, sc, null), Ct);
        Assert.Equal(ab, (await Store.GetArticleAsync(d, Ct))!.StoryId);

        Assert.Null(await Store.MergeStoriesAsync(sc, ab, Ct));
        Assert.Null(await Store.MergeStoriesAsync(ab, 999, Ct));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.MergeStoriesAsync(ab, ab, Ct));
    }

    [StoreFact]
    public async Task SplitArticle_GivesItAStoryOfItsOwn_ThatLinkingNeverUndoes()
    {
        var (a, b, _, ab, _) = await TwoStoriesAsync();
        var own = await Store.SplitArticleAsync(a, Ct);
        Assert.NotNull(own);
        Assert.Equal((1, a, "Flood"), (own.ArticleCount, own.FirstArticleId!.Value, own.Title));
        Assert.Equal(own.Id, (await Store.GetArticleAsync(a, Ct))!.StoryId);
        var rest = (await Store.GetStoryAsync(ab, Ct))!;
        Assert.Equal((1, b, T0.AddHours(2)), (rest.ArticleCount, rest.FirstArticleId!.Value, rest.FirstSeenAt));

        // The linker, re-linking the article, would put it back: the pin holds.
        await Store.SetArticleLinksAsync(a, new ArticleLinks(null, null, ab, null), Ct);
        Assert.Equal(own.Id, (await Store.GetArticleAsync(a, Ct))!.StoryId);
        Assert.Null(await Store.SplitArticleAsync(999, Ct));
    }

    [StoreFact]
    public async Task ApiTokens_AreFoundByHash_ListedPerUser_AndRevokedOnce()
    {
        var t = await Store.AddApiTokenAsync(new ApiToken { UserName = "dana", Name = "bot", TokenHash = new string('a', 64), CreatedAt = T0 }, Ct);
        await Store.AddApiTokenAsync(new ApiToken { UserName = "erlan", Name = "cron", TokenHash = new string('b', 64), CreatedAt = T0 }, Ct);
        Assert.True(t.Id > 0);
        var found = await Store.FindApiTokenAsync(new string('a', 64), Ct);
        Assert.Equal(t, found);
        Assert.Null(await Store.FindApiTokenAsync(new string('c', 64), Ct));
        Assert.Equal(["bot"], (await Store.ListApiTokensAsync("Dana", Ct)).Select(x => x.Name));

        Assert.True(await Store.RevokeApiTokenAsync(t.Id, T0.AddDays(1), Ct));
        Assert.False(await Store.RevokeApiTokenAsync(t.Id, T0.AddDays(2), Ct));
        Assert.Equal(T0.AddDays(1), (await Store.FindApiTokenAsync(new string('a', 64), Ct))!.RevokedAt);
        await Assert.ThrowsAnyAsync<Exception>(() => Store.AddApiTokenAsync(t with { Id = 0 }, Ct));
    }

    [StoreFact]
    public async Task RefreshInterval_IsStoredOnAdd_ChangedByUpdate_AndClearedByNull()
    {
        var added = (await Store.AddSourceAsync(NewSource() with { RefreshIntervalMinutes = 30 }, Ct)).Source;
        Assert.Equal(30, added.RefreshIntervalMinutes);
        Assert.True(await Store.UpdateSourceAsync(added with { RefreshIntervalMinutes = 90, Name = "Renamed" }, Ct));
        Assert.Equal((90, "Renamed"), ((await Store.GetSourceAsync(added.Id, Ct))!.RefreshIntervalMinutes, (await Store.GetSourceAsync(added.Id, Ct))!.Name));
        await Store.UpdateSourceAsync(added with { RefreshIntervalMinutes = null }, Ct);
        Assert.Null((await Store.GetSourceAsync(added.Id, Ct))!.RefreshIntervalMinutes);
    }
}
