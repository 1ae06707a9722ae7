using Caravan.Model;

namespace Caravan.Storage;

public abstract partial class StoreContract
{
    [StoreFact]
    public async Task AddSource_New_IsStoredWithItsFields()
    {
        var added = await Store.AddSourceAsync(NewSource("steppe-herald", "kz"), Ct);
        Assert.True(added.IsNew);
        var s = await Store.GetSourceAsync(added.Source.Id, Ct);
        Assert.NotNull(s);
        Assert.Equal("Outlet steppe-herald", s.Name);
        Assert.Equal("https://steppe-herald.example/feed.xml", s.FeedUrl.AbsoluteUri);
        Assert.Equal("https://steppe-herald.example/", s.SiteUrl!.AbsoluteUri);
        Assert.Equal("KZ", s.CountryHint);
        Assert.Equal("en", s.LanguageHint);
        Assert.True(s.Enabled);
        Assert.Equal(SourceKind.Rss, s.Kind);
    }

    [StoreFact]
    public async Task AddSource_SameFeedUrlTwice_ReturnsTheExistingOne()
    {
        var first = await Store.AddSourceAsync(NewSource(), Ct);
        var second = await Store.AddSourceAsync(NewSource() with { Name = "Another name" }, Ct);
        Assert.False(second.IsNew);
        Assert.Equal(first.Source.Id, second.Source.Id);
        Assert.Single(await Store.ListSourcesAsync(Ct));
    }

    [StoreFact]
    public async Task AddSource_BlankName_IsRefused()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.AddSourceAsync(NewSource() with { Name = " " }, Ct));
        Assert.Empty(await Store.ListSourcesAsync(Ct));
    }

    [StoreFact]
    public async Task GetSource_Unknown_IsNull()
    {
        Assert.Null(await Store.GetSourceAsync(4242, Ct));
        Assert.Null(await Store.FindSourceByFeedUrlAsync(new Uri("https://nowhere.example/feed"), Ct));
    }

    [StoreFact]
    public async Task FindSourceByFeedUrl_FindsIt()
    {
        var id = await AddSourceAsync("a");
        var s = await Store.FindSourceByFeedUrlAsync(new Uri("https://a.example/feed.xml"), Ct);
        Assert.Equal(id, s!.Id);
    }

    [StoreFact]
    public async Task ListSources_InIdOrder()
    {
        var a = await AddSourceAsync("a");
        var b = await AddSourceAsync("b");
        Assert.Equal([a, b], (await Store.ListSourcesAsync(Ct)).Select(s => s.Id));
    }

    [StoreFact]
    public async Task ListDueSources_NeverCheckedAndDue_ButNotDisabledOrLater()
    {
        var never = await AddSourceAsync("never");
        var due = await AddSourceAsync("due");
        var later = await AddSourceAsync("later");
        var off = await AddSourceAsync("off");
        await SetNextCheckAsync(due, T0.AddMinutes(-1));
        await SetNextCheckAsync(later, T0.AddMinutes(10));
        var offSource = (await Store.GetSourceAsync(off, Ct))! with { Enabled = false };
        Assert.True(await Store.UpdateSourceAsync(offSource, Ct));

        var ids = (await Store.ListDueSourcesAsync(T0, 100, Ct)).Select(s => s.Id).ToList();
        Assert.Equal([never, due], ids);
        Assert.Single(await Store.ListDueSourcesAsync(T0, 1, Ct));
    }

    [StoreFact]
    public async Task UpdateSource_ChangesEditableFields()
    {
        var id = await AddSourceAsync();
        var s = (await Store.GetSourceAsync(id, Ct))! with { Name = "Renamed", CountryHint = "kg", FeedUrl = new Uri("https://new.example/rss") };
        Assert.True(await Store.UpdateSourceAsync(s, Ct));
        var back = (await Store.GetSourceAsync(id, Ct))!;
        Assert.Equal("Renamed", back.Name);
        Assert.Equal("KG", back.CountryHint);
        Assert.Equal("https://new.example/rss", back.FeedUrl.AbsoluteUri);
    }

    [StoreFact]
    public async Task UpdateSource_Unknown_ReturnsFalse() =>
        Assert.False(await Store.UpdateSourceAsync(NewSource() with { Id = 999 }, Ct));

    [StoreFact]
    public async Task RemoveSource_RemovesItsArticlesAndHistory()
    {
        var id = await AddSourceAsync();
        await IngestAsync(id, Draft(NewArticle("k1", "Title", "Body text")));
        Assert.True(await Store.RemoveSourceAsync(id, Ct));
        Assert.Null(await Store.GetSourceAsync(id, Ct));
        Assert.Null(await Store.FindArticleAsync(id, "k1", Ct));
        Assert.Empty(await Store.ListFetchAttemptsAsync(id, 10, Ct));
        Assert.False(await Store.RemoveSourceAsync(id, Ct));
    }

    async Task SetNextCheckAsync(long sourceId, DateTimeOffset next) =>
        await Store.SaveBatchAsync(new IngestBatch
        {
            SourceId = sourceId,
            Attempt = Attempt(),
            NewState = new SourceFetchState { NextCheckAt = next },
        }, Ct);
}
