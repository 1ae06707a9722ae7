using System.Text;
using Caravan.Storage;
using Caravan.Tagging;
using Caravan.Web.Caching;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Pages;

/// <summary>/article/{id}: the clean text with byline, dateline, image credit, tags, attribution and version history.</summary>
static class ArticlePage
{
    public static Task<IResult> Render(string id, HttpContext http, ICaravanStore store, RenderCache cache, SourceDirectory directory, WebOptions options,
        CancellationToken ct) =>
        cache.GetOrRenderAsync(http, () => RenderUncached(id, store, directory, options, ct), ct);

    static async Task<IResult> RenderUncached(string id, ICaravanStore store, SourceDirectory directory, WebOptions options, CancellationToken ct)
    {
        if (!long.TryParse(id, out var articleId))
            return Layout.Page(options.SiteName, "Bad request", "<h1>Bad request</h1><p>An article id is a number.</p>", status: 400);
        var a = await store.GetArticleAsync(articleId, ct);
        if (a is null) return Layout.NotFound(options.SiteName, $"There is no article {articleId}.");
        var sources = await directory.GetAsync(ct);
        var source = sources.GetValueOrDefault(a.SourceId);
        var tags = await store.ListTagsAsync(a.Id, ct);
        var versions = await store.ListVersionsAsync(a.Id, ct);

        var sb = new StringBuilder("<article class=\"full\">\n<h1>").Append(Html.E(a.Title ?? "(untitled)")).Append("</h1>\n<p class=\"meta\">");
        if (a.Byline is not null) sb.Append("By ").Append(Html.E(a.Byline)).Append(" · ");
        sb.Append(Html.Time(a.PublishedAt ?? a.FirstSeenAt)).Append(" · <a href=\"/source/").Append(a.SourceId).Append("\">")
          .Append(Html.E(source?.Name)).Append("</a>");
        if (a.Url is not null) sb.Append(" · <a href=\"").Append(Html.Href(a.Url)).Append("\" rel=\"noopener\">original page</a>");
        sb.Append("</p>\n");
        if (a.OriginalOutlet is not null || a.OriginalUrl is not null)
            sb.Append("<p class=\"attribution\">Originally published by <a href=\"").Append(Html.Href(a.OriginalUrl)).Append("\">")
              .Append(Html.E(a.OriginalOutlet ?? a.OriginalUrl)).Append("</a></p>\n");
        if (a.ImageUrl is not null)
            sb.Append("<figure><img src=\"").Append(Html.Href(a.ImageUrl)).Append("\" alt=\"").Append(Html.E(a.Title)).Append("\">")
              .Append(a.ImageCredit is null ? "" : "<figcaption>" + Html.E(a.ImageCredit) + "</figcaption>").Append("</figure>\n");
        if (a.Dateline is not null) sb.Append("<p class=\"dateline\">").Append(Html.E(a.Dateline)).Append("</p>\n");
        foreach (var para in a.Text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            sb.Append("<p>").Append(Html.E(para)).Append("</p>\n");
        if (a.IsTeaser) sb.Append("<p class=\"teaser\">Only a teaser was available; read the rest on the outlet's page.</p>\n");
        sb.Append("</article>\n");

        if (tags.Count > 0)
        {
            sb.Append("<section><h2>Tags</h2><ul class=\"tags\">");
            foreach (var t in tags)
            {
                var label = TagLabel.Html(t);
                sb.Append(t.Manual ? "<li class=\"manual\" title=\"" : "<li title=\"").Append(Html.E(t.Why)).Append("\">").Append(Html.E(t.Kind.ToString().ToLowerInvariant())).Append(": ").Append(label).Append("</li>");
            }
            sb.Append("</ul></section>\n");
        }
        // Editors correct tags and stories from the desk (it asks for sign-in); readers can ignore the link.
        sb.Append("<p class=\"help desk-link\"><a href=\"/desk/articles/").Append(a.Id).Append("\" rel=\"nofollow\">Correct tags or story (editors)</a></p>\n");
        if (a.StoryId is { } storyId)
        {
            var others = (await store.ListArticlesAsync(new ArticleQuery { StoryId = storyId, Limit = 20 }, ct)).Where(o => o.Id != a.Id).ToList();
            sb.Append("<section class=\"same-story\"><h2>Other reports of this story</h2>\n<p><a href=\"/story/").Append(storyId)
              .Append("\">See how the story spread</a></p>\n").Append(ArticleList.Render(others, sources)).Append("\n</section>\n");
        }
        if (versions.Count > 1)
        {
            sb.Append("<section><h2>Version history</h2><ol class=\"versions\">");
            foreach (var v in versions)
                sb.Append("<li>Version ").Append(v.Version).Append(", seen ").Append(Html.Time(v.SeenAt))
                  .Append(v.Diff is null ? "" : "<p class=\"diff\">" + VersionDiff.Html(v.Diff) + "</p>").Append("</li>");
            sb.Append("</ol></section>\n");
        }
        return Layout.Page(options.SiteName, a.Title ?? "Article", sb.ToString(), a.Language ?? "en");
    }
}
