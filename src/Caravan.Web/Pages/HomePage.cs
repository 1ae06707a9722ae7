using System.Text;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Tagging;
using Caravan.Web.Caching;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Pages;

/// <summary>The home page: top stories (ranked by <see cref="TopStories"/>), then a rail of the newest stories per country.</summary>
static class HomePage
{
    const int TopCount = 10;
    const int RailLength = 4;

    public static Task<IResult> Render(HttpContext http, ICaravanStore store, RenderCache cache, TimeProvider time, WebOptions options, CancellationToken ct) =>
        cache.GetOrRenderAsync(http, () => RenderUncached(store, time, options, ct), ct);

    static async Task<IResult> RenderUncached(ICaravanStore store, TimeProvider time, WebOptions options, CancellationToken ct)
    {
        var sources = (await store.ListSourcesAsync(ct)).ToDictionary(s => s.Id);
        var top = await TopStories.ListAsync(store, sources, time.GetUtcNow(), TopCount, ct);
        if (top.Count == 0)
            // No stories clustered yet: the newest reports stand in.
            top = await StoryEntries.BuildAsync(await store.ListArticlesAsync(new ArticleQuery { Limit = TopCount, OnePerStory = true }, ct), sources, store, ct);
        var sb = new StringBuilder("<h1>Top stories</h1>\n")
            .Append("<p class=\"legend\">Ranked by how many independent outlets reported each story, halved for every day since its latest report.</p>\n")
            .Append(StoryList.Render(top, sources)).Append('\n');
        var counts = await store.CountTagsAsync(TagKind.Country, ct);
        sb.Append("<section aria-labelledby=\"countries\" class=\"rails\"><h2 id=\"countries\">By country</h2>\n");
        foreach (var (code, n) in counts)
        {
            if (Countries.FromCode(code) is not { } c) continue;
            var category = new Category(c.Slug, c.Name, TagKind.Country, c.Code);
            var rows = await store.ListArticlesAsync(category.Query(RailLength) with { OnePerStory = true }, ct);
            var entries = await StoryEntries.BuildAsync(rows, sources, store, ct);
            sb.Append("<section class=\"rail\" aria-labelledby=\"rail-").Append(c.Slug).Append("\"><h3 id=\"rail-").Append(c.Slug).Append("\"><a href=\"/category/")
              .Append(c.Slug).Append("\">").Append(Html.E(c.Name)).Append("</a> <span class=\"count\">(").Append(n).Append(")</span></h3>\n")
              .Append(StoryList.Render(entries, sources, images: false, headingTag: "h4")).Append("\n</section>\n");
        }
        sb.Append("</section>");
        return Layout.Page(options.SiteName, "Top stories", sb.ToString());
    }
}
