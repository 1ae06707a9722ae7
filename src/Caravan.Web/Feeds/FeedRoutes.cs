using Caravan.Model;
using Caravan.Storage;
using Caravan.Web.Caching;
using Caravan.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Feeds;

/// <summary>Outgoing feeds: every category, search, source and story as RSS 2.0 (feed.xml), Atom 1.0 (feed.atom) and JSON Feed 1.1 (feed.json).</summary>
static class FeedRoutes
{
    static readonly string[] GetHead = [HttpMethods.Get, HttpMethods.Head];
    const int FeedSize = 50;

    public static void MapFeeds(this IEndpointRouteBuilder app)
    {
        // Feeds are polled far more often than they change: each is served from the render cache until the store changes.
        app.MapMethods("/category/{slug}/feed.{ext}", GetHead, (string slug, string ext, string? stories, HttpContext http, ICaravanStore store, RenderCache cache, SourceDirectory directory, WebOptions options, CancellationToken ct) =>
            cache.GetOrRenderAsync(http, () => Category(slug, ext, stories, http, store, directory, options, ct), ct));
        app.MapMethods("/search/feed.{ext}", GetHead, (string ext, string? q, string? country, string? topic, string? outlet, string? lang, string? from, string? to, string? stories,
                HttpContext http, ICaravanStore store, RenderCache cache, SourceDirectory directory, WebOptions options, CancellationToken ct) =>
            cache.GetOrRenderAsync(http, () => Search(ext, new SearchRequest
            {
                Text = q, Country = country, Topic = topic, Source = outlet, Language = lang, Since = from, Until = to, Order = "date", Limit = FeedSize,
            }, stories, http, store, directory, options, ct), ct));
        app.MapMethods("/source/{id}/feed.{ext}", GetHead, (string id, string ext, string? stories, HttpContext http, ICaravanStore store, RenderCache cache, SourceDirectory directory, WebOptions options, CancellationToken ct) =>
            cache.GetOrRenderAsync(http, () => SourceFeed(id, ext, stories, http, store, directory, options, ct), ct));
        app.MapMethods("/story/{id}/feed.{ext}", GetHead, (string id, string ext, HttpContext http, ICaravanStore store, RenderCache cache, SourceDirectory directory, WebOptions options, CancellationToken ct) =>
            cache.GetOrRenderAsync(http, () => StoryFeed(id, ext, http, store, directory, options, ct), ct));
    }

    static async Task<IResult> Category(string slug, string ext, string? stories, HttpContext http, ICaravanStore store, SourceDirectory directory, WebOptions options, CancellationToken ct)
    {
        if (!FeedFormats.TryParse(ext, out var format)) return Results.NotFound();
        var category = await Categories.ResolveAsync(slug, store, ct);
        if (category is null) return Problem(404, $"There is no category '{slug}'.");
        var articles = await store.ListArticlesAsync(category.Query(FeedSize), ct);
        return await Respond(http, directory, options, format, articles, OnePerStory(stories), $"/category/{category.Slug}",
            $"{category.Name} · {options.SiteName}", $"News from and about {category.Name}, newest first.", ct);
    }

    /// <summary>
    /// A search followed as a feed: the search page's filters (same names, same checks), and the newest matches
    /// rather than the best-ranked ones, since a feed reader shows news in time order and wants what is new.
    /// </summary>
    static async Task<IResult> Search(string ext, SearchRequest request, string? stories, HttpContext http, ICaravanStore store, SourceDirectory directory, WebOptions options, CancellationToken ct)
    {
        if (!FeedFormats.TryParse(ext, out var format)) return Results.NotFound();
        if (!request.TryToQuery(out var search, out var error)) return Problem(400, "Bad search feed: " + error);
        var hits = await store.SearchAsync(search, ct);
        var articles = hits.Select(h => h.Article).OrderByDescending(a => a.PublishedAt ?? a.FirstSeenAt).ThenByDescending(a => a.Id).ToList();
        var query = SearchFeedQuery(http.Request.Query);
        return await Respond(http, directory, options, format, articles, OnePerStory(stories), "/search" + query,
            $"Search: {request.Text} · {options.SiteName}", $"Articles matching \"{request.Text}\", newest first.", ct, stemQuery: query);
    }

    /// <summary>The search's own parameters in a fixed order (q first), without stories=, for the feed's links.</summary>
    internal static string SearchFeedQuery(IQueryCollection query)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var name in SearchParameters)
        {
            var value = query[name].ToString();
            if (string.IsNullOrWhiteSpace(value)) continue;
            sb.Append(sb.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }
        return sb.ToString();
    }

    /// <summary>The search page's filter names, shared by its "follow as a feed" links and the search feeds.</summary>
    internal static readonly string[] SearchParameters = ["q", "country", "topic", "outlet", "lang", "from", "to"];

    static async Task<IResult> SourceFeed(string id, string ext, string? stories, HttpContext http, ICaravanStore store, SourceDirectory directory, WebOptions options, CancellationToken ct)
    {
        if (!FeedFormats.TryParse(ext, out var format)) return Results.NotFound();
        if (!long.TryParse(id, out var sourceId)) return Problem(400, "A source id is a number.");
        var source = await store.GetSourceAsync(sourceId, ct);
        if (source is null) return Problem(404, $"There is no source {sourceId}.");
        var articles = await store.ListArticlesAsync(new ArticleQuery { SourceId = sourceId, Limit = FeedSize }, ct);
        return await Respond(http, directory, options, format, articles, OnePerStory(stories), $"/source/{sourceId}",
            $"{source.Name} · {options.SiteName}", $"Recent articles from {source.Name}, as Caravan collected them.", ct);
    }

    static async Task<IResult> StoryFeed(string id, string ext, HttpContext http, ICaravanStore store, SourceDirectory directory, WebOptions options, CancellationToken ct)
    {
        if (!FeedFormats.TryParse(ext, out var format)) return Results.NotFound();
        if (!long.TryParse(id, out var storyId)) return Problem(400, "A story id is a number.");
        var story = await store.GetStoryAsync(storyId, ct);
        if (story is null) return Problem(404, $"There is no story {storyId}.");
        // A merged story's feed carries the story it was merged into.
        var articles = await store.ListArticlesAsync(new ArticleQuery { StoryId = story.Id, Limit = ArticleQuery.MaxLimit, IncludeDuplicates = true }, ct);
        return await Respond(http, directory, options, format, articles, false, $"/story/{storyId}",
            $"Story: {story.Title ?? "untitled"} · {options.SiteName}", "Every report of this story, newest first.", ct);
    }

    static async Task<IResult> Respond(HttpContext http, SourceDirectory directory, WebOptions options, FeedFormat format, IReadOnlyList<Article> articles,
        bool onePerStory, string pagePath, string title, string description, CancellationToken ct, string stemQuery = "")
    {
        var baseUrl = PublicUrl.Of(http, options);
        var sources = await directory.GetAsync(ct);
        var entries = FeedEntries.From(articles, sources, baseUrl, onePerStory);
        var path = pagePath.Split('?')[0];
        var feed = new FeedDocument
        {
            Title = title,
            Description = description,
            HomePageUrl = new Uri(baseUrl, pagePath),
            FeedUrlStem = new Uri(baseUrl, path + "/feed"),
            // The self link names the exact feed the reader subscribed to, query included.
            SelfQuery = stemQuery + (onePerStory ? (stemQuery.Length > 0 ? "&" : "?") + "stories=1" : ""),
            Updated = FeedEntries.LastChange(entries),
            Entries = entries,
        };
        var body = format.Write(feed);
        return ConditionalGet.Respond(body, format.ContentType(), feed.Updated);
    }

    static bool OnePerStory(string? stories) => stories is "1" or "true";

    static IResult Problem(int status, string detail) => Results.Problem(detail: detail, statusCode: status);
}
