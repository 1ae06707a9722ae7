using Caravan.Storage;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Api;

/// <summary>
/// GET /api/v1/search?q=: ranked full-text hits with highlighted snippets, filtered by country, topic, source, language
/// and time (since, until), best match or newest first: the search page's filters and meaning (<see cref="SearchRequest"/>).
/// </summary>
static class SearchApi
{
    /// <param name="q">Words (all must match), "a phrase", prefix*, -excluded.</param>
    /// <param name="country">A country code (KZ) or slug (kazakhstan).</param>
    /// <param name="topic">A topic tag, any case.</param>
    /// <param name="source">An outlet's number.</param>
    /// <param name="language">A language tag: en matches en and en-GB.</param>
    /// <param name="since">A day (YYYY-MM-DD, from its start, UTC) or an RFC 3339 time.</param>
    /// <param name="until">A day (YYYY-MM-DD, included) or an RFC 3339 time (excluded).</param>
    /// <param name="order">relevance (default) or date (newest first).</param>
    /// <param name="limit">At most this many hits (clamped to 1-200).</param>
    public static async Task<IResult> Search(string? q, string? country, string? topic, string? source, string? language, string? since, string? until,
        string? order, int? limit, ICaravanStore store, Caching.SourceDirectory directory, CancellationToken ct)
    {
        var request = new SearchRequest
        {
            Text = q, Country = country, Topic = topic, Source = source, Language = language, Since = since, Until = until, Order = order,
            Limit = ApiRoutes.Clamp(limit, SearchQuery.MaxLimit),
        };
        if (!request.TryToQuery(out var query, out var error)) return ApiRoutes.BadRequest(error);
        var hits = await store.SearchAsync(query, ct);
        var sources = await directory.GetAsync(ct);
        return Results.Ok(new ApiPage<ApiSearchHit>(hits.Select(h => new ApiSearchHit(ApiArticle.From(h.Article, sources), SearchSyntax.SnippetHtml(h.Snippet), h.Rank)).ToList(), null));
    }
}
