using Caravan.Storage;
using Caravan.Tagging;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Api;

/// <summary>GET /api/v1/search?q=: ranked full-text hits with highlighted snippets.</summary>
static class SearchApi
{
    const int MaxQueryLength = 500;

    public static async Task<IResult> Search(string? q, string? country, long? source, int? limit, ICaravanStore store, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > MaxQueryLength)
            return ApiRoutes.BadRequest($"Give a query q of 1 to {MaxQueryLength} characters.");
        string? code = null;
        if (!string.IsNullOrEmpty(country))
        {
            code = (Countries.FromCode(country) ?? Countries.FromSlug(country))?.Code;
            if (code is null) return ApiRoutes.BadRequest($"Unknown country '{country}'.");
        }
        var hits = await store.SearchAsync(new SearchQuery { Text = q, Country = code, SourceId = source, Limit = ApiRoutes.Clamp(limit, SearchQuery.MaxLimit) }, ct);
        var sources = (await store.ListSourcesAsync(ct)).ToDictionary(s => s.Id);
        return Results.Ok(new ApiPage<ApiSearchHit>(hits.Select(h => new ApiSearchHit(ApiArticle.From(h.Article, sources), SearchSyntax.SnippetHtml(h.Snippet), h.Rank)).ToList(), null));
    }
}
