namespace Caravan.Storage;

public abstract partial class StoreContract
{
    [StoreFact]
    public async Task ListUnlinkedArticleIds_ListsArticlesWithoutAStory_LowestIdFirst()
    {
        var source = await AddSourceAsync();
        var o = await IngestAsync(source, Draft(NewArticle("a", "First", "One body")), Draft(NewArticle("b", "Second", "Another body")),
            Draft(NewArticle("c", "Third", "A third body")));
        var ids = o.Drafts.Select(d => d.ArticleId).ToList();
        Assert.Equal(ids.Order(), await Store.ListUnlinkedArticleIdsAsync(10, Ct));

        var story = await Store.SaveStoryAsync(new Model.Story { Title = "First", FirstArticleId = ids[0], FirstSeenAt = T0, LastSeenAt = T0, ArticleCount = 1 }, Ct);
        await Store.SetArticleLinksAsync(ids[0], new ArticleLinks(null, null, story.Id, null), Ct);
        Assert.Equal(ids.Skip(1).Order(), await Store.ListUnlinkedArticleIdsAsync(10, Ct));
        Assert.Equal([ids.Skip(1).Min()], await Store.ListUnlinkedArticleIdsAsync(1, Ct));
    }

    [StoreFact]
    public async Task TryHoldLinkerRole_OnceHeld_StaysHeldByThisStore()
    {
        Assert.True(await Store.TryHoldLinkerRoleAsync(Ct));
        Assert.True(await Store.TryHoldLinkerRoleAsync(Ct));
    }
}
