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

    public static Task<IResult> Render(HttpContext http, ICaravanStore store, RenderCache cache, SourceDirectory directory, TimeProvider time, WebOptions options,
        CancellationToken ct) =>
        cache.GetOrRenderAsync(http, () => RenderUncached(store, directory, time, options, ct), ct);

    static async Task<IResult> RenderUncached(ICaravanStore store, SourceDirectory directory, TimeProvider time, WebOptions options, CancellationToken ct)
    {
        var sources = await directory.GetAsync(ct);
        var top = await TopStories.ListAsync(store, sources, time.GetUtcNow(), TopCount, ct);
        if (top.Count == 0)
            // No stories clustered yet: the newest reports stand in.
            top = await StoryEntries.BuildAsync(await store.ListArticlesAsync(new ArticleQuery { Limit = TopCount, OnePerStory = true }, ct), sources, store, ct);
        var sb = new StringBuilder("<h1>Top stories</h1>\n")
            .Append("<p class=\"legend\">Ranked by how many independent outlets reported each story, halved for every day since its latest report.</p>\n")
            .Append(StoryList.Render(top, sources)).Append('\n');
        var counts = await store.CountTagsAsync(TagKind.Country, ct);
        var countries = counts.Keys.Select(Countries.FromCode).OfType<Country>().ToList();
        // Every rail in one listing and one entry-building pass: a fixed number of queries however many countries.
        var railRows = await store.ListArticlesPerTagAsync(new ArticleQuery { TagKind = TagKind.Country, Limit = RailLength, OnePerStory = true },
            countries.Select(c => c.Code).ToList(), ct);
        var railReports = railRows.Values.SelectMany(r => r).DistinctBy(a => a.Id).ToList();
        var entryByReport = railReports.Zip(await StoryEntries.BuildAsync(railReports, sources, store, ct)).ToDictionary(x => x.First.Id, x => x.Second);
        sb.Append("<section aria-labelledby=\"countries\" class=\"rails\"><h2 id=\"countries\">By country</h2>\n");
        foreach (var c in countries)
        {
            var entries = railRows.GetValueOrDefault(c.Code, []).Select(a => entryByReport[a.Id]).ToList();
            sb.Append("<section class=\"rail\" aria-labelledby=\"rail-").Append(c.Slug).Append("\"><h3 id=\"rail-").Append(c.Slug).Append("\"><a href=\"/category/")
              .Append(c.Slug).Append("\">").Append(Html.E(c.Name)).Append("</a> <span class=\"count\">(").Append(counts[c.Code]).Append(")</span></h3>\n")
              .Append(StoryList.Render(entries, sources, images: false, headingTag: "h4")).Append("\n</section>\n");
        }
        sb.Append("</section>");
        return Layout.Page(options.SiteName, "Top stories", sb.ToString());
    }
}
