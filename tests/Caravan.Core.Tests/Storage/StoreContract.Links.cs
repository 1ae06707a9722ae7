using Caravan.Model;

namespace Caravan.Storage;

public abstract partial class StoreContract
{
    [StoreFact]
    public async Task SetArticleLinks_VersionOf_IsStored_AndListingsShowOnlyTheLatestVersion()
    {
        var src = await AddSourceAsync();
        var o = await IngestAsync(src,
            Draft(NewArticle("first", "Protest", "Several hundred protesters", T0)),
            Draft(NewArticle("second", "Protest", "Around 200 protesters", T0.AddHours(3))),
            Draft(NewArticle("third", "Protest", "Around 200 protesters; dispersed by 6 p.m.", T0.AddHours(6))),
            Draft(NewArticle("other", "Snow", "Snowstorm in Akmola", T0.AddHours(1))));
        var first = o.Drafts[0].ArticleId;
        await Store.SetArticleLinksAsync(o.Drafts[1].ArticleId, new ArticleLinks(null, null, null, null) { VersionOfId = first }, Ct);
        await Store.SetArticleLinksAsync(o.Drafts[2].ArticleId, new ArticleLinks(null, null, null, null) { VersionOfId = first }, Ct);

        Assert.Equal(first, (await Store.GetArticleAsync(o.Drafts[2].ArticleId, Ct))!.VersionOfId);
        var listed = await Store.ListArticlesAsync(new ArticleQuery(), Ct);
        Assert.Equal(["third", "other"], listed.Select(a => a.ItemKey));
        var all = await Store.ListArticlesAsync(new ArticleQuery { IncludeDuplicates = true }, Ct);
        Assert.Equal(4, all.Count);
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.SetArticleLinksAsync(first, new ArticleLinks(null, null, null, null) { VersionOfId = first }, Ct));
    }
}
