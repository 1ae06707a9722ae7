using System.Globalization;
using System.Text;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Tagging;
using Caravan.Web.Caching;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Pages;

/// <summary>
/// /category/{slug}: a country's or topic's stories, newest first, one entry per story (its best report, who else
/// reported it), with cursor pagination (?before=TIME_ID). A story sits where its first report in the category
/// appeared, so later reports never move it and a cursor never skips or repeats an entry.
/// </summary>
static class CategoryPage
{
    const int PageSize = 25;

    public static Task<IResult> Render(string slug, string? before, HttpContext http, ICaravanStore store, RenderCache cache, SourceDirectory directory,
        WebOptions options, CancellationToken ct) =>
        cache.GetOrRenderAsync(http, () => RenderUncached(slug, before, store, directory, options, ct), ct);

    static async Task<IResult> RenderUncached(string slug, string? before, ICaravanStore store, SourceDirectory directory, WebOptions options, CancellationToken ct)
    {
        var category = await Categories.ResolveAsync(slug, store, ct);
        if (category is null) return Layout.NotFound(options.SiteName, $"There is no category '{slug}'.");
        var query = category.Query(PageSize) with { OnePerStory = true };
        if (before is not null)
        {
            if (!Cursor.TryParse(before, out var time, out var id))
                return Layout.Page(options.SiteName, "Bad request", "<h1>Bad request</h1><p>The page cursor is not valid.</p>", status: 400);
            query = query with { BeforeTime = time, BeforeId = id };
        }
        var rows = await store.ListArticlesAsync(query, ct);
        var sources = await directory.GetAsync(ct);
        var entries = await StoryEntries.BuildAsync(rows, sources, store, ct);
        var sb = new StringBuilder($"<h1>Category: {Html.E(category.Name)}</h1>\n")
            .Append("<p class=\"follow\">Follow: <a href=\"/category/").Append(category.Slug).Append("/feed.xml\">RSS</a> · <a href=\"/category/")
            .Append(category.Slug).Append("/feed.atom\">Atom</a> · <a href=\"/category/").Append(category.Slug).Append("/feed.json\">JSON Feed</a></p>\n")
            .Append(StoryList.Render(entries, sources));
        if (rows.Count == PageSize)
            sb.Append("\n<nav class=\"pager\"><a rel=\"next\" href=\"/category/").Append(category.Slug).Append("?before=")
              .Append(Cursor.Format(rows[^1])).Append("\">Older</a></nav>");
        return Layout.Page(options.SiteName, category.Name, sb.ToString(), feedPath: $"/category/{category.Slug}/feed");
    }
}

/// <summary>A page cursor: the sort time and id of the last article shown.</summary>
static class Cursor
{
    public static string Format(Article a) => Format(a.PublishedAt ?? a.FirstSeenAt, a.Id);

    public static string Format(DateTimeOffset time, long id) =>
        time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + "_" + id.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string s, out DateTimeOffset time, out long id)
    {
        time = default;
        id = 0;
        var parts = s.Split('_');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out id)
            || ms > DateTimeOffset.MaxValue.ToUnixTimeMilliseconds())
            return false;
        time = DateTimeOffset.FromUnixTimeMilliseconds(ms);
        return true;
    }
}
