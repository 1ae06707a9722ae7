using System.Text;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Tagging;
using Caravan.Web.Caching;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Pages;

/// <summary>/story/{id}: how a story spread: the timeline, the countries, the original reports and the copies.</summary>
static class StoryPage
{
    public static Task<IResult> Render(string id, HttpContext http, ICaravanStore store, RenderCache cache, SourceDirectory directory, WebOptions options,
        CancellationToken ct) =>
        cache.GetOrRenderAsync(http, () => RenderUncached(id, store, directory, options, ct), ct);

    static async Task<IResult> RenderUncached(string id, ICaravanStore store, SourceDirectory directory, WebOptions options, CancellationToken ct)
    {
        if (!long.TryParse(id, out var storyId))
            return Layout.Page(options.SiteName, "Bad request", "<h1>Bad request</h1><p>A story id is a number.</p>", status: 400);
        var story = await store.GetStoryAsync(storyId, ct);
        if (story is null) return Layout.NotFound(options.SiteName, $"There is no story {storyId}.");
        // An editor merged this story into another: its address leads there for good (RFC 9110 §15.4.2).
        if (story.Id != storyId) return Results.Redirect($"/story/{story.Id}", permanent: true);
        var reports = await store.ListArticlesAsync(new ArticleQuery { StoryId = storyId, IncludeDuplicates = true, Limit = ArticleQuery.MaxLimit }, ct);
        var sources = await directory.GetAsync(ct);
        // One query for every report's tags, however many reports the story has.
        var tags = await store.ListTagsAsync(reports.Select(a => a.Id).ToList(), ct);
        var countries = new SortedSet<string>(tags.Values.SelectMany(t => t).Where(t => t.Kind == TagKind.Country).Select(t => t.Value), StringComparer.Ordinal);

        var title = story.Title ?? reports.LastOrDefault()?.Title ?? "Untitled story";
        var outlets = reports.Select(a => a.SourceId).Distinct().Count();
        var sb = new StringBuilder("<h1>").Append(Html.E(title)).Append("</h1>\n<p class=\"meta\">")
            .Append(reports.Count).Append(reports.Count == 1 ? " report" : " reports").Append(" by ").Append(outlets).Append(outlets == 1 ? " outlet" : " outlets")
            .Append(", first ").Append(Html.Time(story.FirstSeenAt)).Append(", latest ").Append(Html.Time(story.LastSeenAt))
            .Append(" · <a href=\"/story/").Append(storyId).Append("/feed.xml\">follow this story (RSS)</a></p>\n");
        if (countries.Count > 0)
        {
            sb.Append("<p class=\"countries\">Countries: ");
            // In the order of their names, as a reader scans them.
            sb.AppendJoin(", ", countries.Select(code => (Code: code, Country: Countries.FromCode(code))).OrderBy(x => x.Country?.Name ?? x.Code, StringComparer.Ordinal)
                .Select(x => x.Country is { } c ? $"<a href=\"/category/{c.Slug}\">{Html.E(c.Name)}</a>" : Html.E(x.Code)));
            sb.Append("</p>\n");
        }
        sb.Append("<section aria-labelledby=\"spread\"><h2 id=\"spread\">How it spread</h2>\n")
          .Append("<p class=\"legend\">Each row is an outlet, in the order it first reported; filled dots are original reports, hollow dots copies.</p>\n")
          .Append("<div class=\"timeline-frame\">").Append(StoryTimeline.Svg(reports, sources)).Append("</div>\n</section>\n");
        var originals = reports.Where(a => !StoryTimeline.IsCopy(a)).ToList();
        var copies = reports.Where(StoryTimeline.IsCopy).ToList();
        sb.Append("<section aria-labelledby=\"originals\"><h2 id=\"originals\">Original reports (").Append(originals.Count).Append(")</h2>\n")
          .Append(ArticleList.Render(originals, sources)).Append("\n</section>\n");
        if (copies.Count > 0)
            sb.Append("<section aria-labelledby=\"copies\"><h2 id=\"copies\">Copies and republications (").Append(copies.Count).Append(")</h2>\n")
              .Append(ArticleList.Render(copies, sources)).Append("\n</section>\n");
        return Layout.Page(options.SiteName, title, sb.ToString(), feedPath: $"/story/{storyId}/feed");
    }
}
