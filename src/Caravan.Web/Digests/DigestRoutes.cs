using System.Globalization;
using Caravan.Storage;
using Caravan.Web.Caching;
using Caravan.Web.Feeds;
using Caravan.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Digests;

/// <summary>/digest/{region}?date=YYYY-MM-DD&amp;period=day|week as a page, and as feeds at /digest/{region}/feed.xml|.atom|.json.</summary>
static class DigestRoutes
{
    static readonly string[] GetHead = [HttpMethods.Get, HttpMethods.Head];

    public static void MapDigests(this IEndpointRouteBuilder app)
    {
        // A digest reads a week of a region's reports: served from the render cache until the store changes.
        app.MapMethods("/digest/{region}", GetHead, (string region, string? date, string? period, HttpContext http, ICaravanStore store, RenderCache cache,
            WebOptions options, TimeProvider clock, CancellationToken ct) => cache.GetOrRenderAsync(http, () => Page(region, date, period, http, store, options, clock, ct), ct));
        app.MapMethods("/digest/{region}/feed.{ext}", GetHead, (string region, string ext, string? date, string? period, HttpContext http, ICaravanStore store,
            RenderCache cache, WebOptions options, TimeProvider clock, CancellationToken ct) =>
            cache.GetOrRenderAsync(http, () => Feed(region, ext, date, period, http, store, options, clock, ct), ct));
    }

    static async Task<IResult> Page(string region, string? date, string? period, HttpContext http, ICaravanStore store, WebOptions options, TimeProvider clock, CancellationToken ct)
    {
        var r = DigestRegion.FromSlug(region);
        if (r is null) return Layout.NotFound(options.SiteName, $"There is no region '{region}'.");
        if (!TryRange(date, period, clock, out var from, out var to))
            return Layout.Page(options.SiteName, "Bad request", "<h1>Bad request</h1><p>Give date as YYYY-MM-DD and period as day or week.</p>", status: 400);
        var digest = await DigestBuilder.BuildAsync(store, r, from, to, ct);
        var days = to.DayNumber - from.DayNumber + 1;
        var nav = $"<nav class=\"pager\"><a rel=\"prev\" href=\"/digest/{r.Slug}?date={from.AddDays(-1):yyyy-MM-dd}{(days > 1 ? "&amp;period=week" : "")}\">Earlier</a> · " +
                  $"<a href=\"/digest/{r.Slug}?date={to:yyyy-MM-dd}&amp;period={(days > 1 ? "day" : "week")}\">{(days > 1 ? "Daily" : "Weekly")} digest</a> · " +
                  $"<a href=\"/digest/{r.Slug}/feed.xml\">RSS</a></nav>";
        return Layout.Page(options.SiteName, digest.Title, DigestWriters.HtmlFragment(digest, PublicUrl.Of(http, options)) + nav, feedPath: $"/digest/{r.Slug}/feed");
    }

    static async Task<IResult> Feed(string region, string ext, string? date, string? period, HttpContext http, ICaravanStore store, WebOptions options, TimeProvider clock, CancellationToken ct)
    {
        if (!FeedFormats.TryParse(ext, out var format)) return Results.NotFound();
        var r = DigestRegion.FromSlug(region);
        if (r is null) return Results.Problem(detail: $"There is no region '{region}'.", statusCode: 404);
        if (!TryRange(date, period, clock, out var from, out var to))
            return Results.Problem(detail: "Give date as YYYY-MM-DD and period as day or week.", statusCode: 400);
        var digest = await DigestBuilder.BuildAsync(store, r, from, to, ct);
        var baseUrl = PublicUrl.Of(http, options);
        var entries = digest.Entries.Select(e => new FeedEntry
        {
            Link = new Uri(baseUrl, $"/article/{e.ArticleId}"), Title = e.Headline, Published = e.PublishedAt, Updated = e.PublishedAt,
            Summary = e.Summary, Outlet = e.Outlet, ExternalUrl = Uri.TryCreate(e.Url, UriKind.Absolute, out var u) ? u : null,
            ImageUrl = Uri.TryCreate(e.ImageUrl, UriKind.Absolute, out var i) ? i : null, ImageCredit = e.ImageCredit, OtherOutlets = Math.Max(0, e.Outlets - 1),
        }).ToList();
        var query = http.Request.QueryString.Value ?? "";
        var feed = new FeedDocument
        {
            Title = digest.Title, Description = $"The top stories of {r.Name}, one entry per story.",
            HomePageUrl = new Uri(baseUrl, $"/digest/{r.Slug}{query}"), FeedUrlStem = new Uri(baseUrl, $"/digest/{r.Slug}/feed"), SelfQuery = query,
            Updated = FeedEntries.LastChange(entries), Entries = entries,
        };
        return ConditionalGet.Respond(format.Write(feed), format.ContentType(), feed.Updated);
    }

    /// <summary>A day (default: yesterday, the last whole UTC day) or the week of seven days ending on the date.</summary>
    public static bool TryRange(string? date, string? period, TimeProvider clock, out DateOnly from, out DateOnly to)
    {
        from = to = default;
        if (date is null) to = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-1);
        else if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out to)) return false;
        if (period is null or "day") { from = to; return true; }
        if (period == "week") { from = to.AddDays(-6); return true; }
        return false;
    }
}
