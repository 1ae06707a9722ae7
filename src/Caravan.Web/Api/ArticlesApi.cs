using Caravan.Model;
using Caravan.Storage;
using Caravan.Tagging;
using Caravan.Web.Pages;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Api;

/// <summary>GET /api/v1/articles (newest first; filters country, source, story; cursor) and /articles/{id}.</summary>
static class ArticlesApi
{
    const int MaxLimit = 200;

    public static async Task<IResult> List(string? country, long? source, long? story, string? cursor, int? limit, ICaravanStore store, Caching.SourceDirectory directory, CancellationToken ct)
    {
        var query = new ArticleQuery { SourceId = source, StoryId = story, Limit = ApiRoutes.Clamp(limit, MaxLimit) };
        if (!string.IsNullOrEmpty(country))
        {
            var c = Countries.FromCode(country) ?? Countries.FromSlug(country);
            if (c is null) return ApiRoutes.BadRequest($"Unknown country '{country}'; use an ISO 3166 code such as KZ or a slug such as kazakhstan.");
            query = query with { TagKind = TagKind.Country, TagValue = c.Code };
        }
        if (cursor is not null)
        {
            if (!Cursor.TryParse(cursor, out var time, out var id)) return ApiRoutes.BadRequest("The cursor is not valid; pass back the 'next' of the previous page.");
            query = query with { BeforeTime = time, BeforeId = id };
        }
        var articles = await store.ListArticlesAsync(query, ct);
        var sources = await directory.GetAsync(ct);
        var next = articles.Count == query.Limit ? Cursor.Format(articles[^1]) : null;
        return Results.Ok(new ApiPage<ApiArticle>(articles.Select(a => ApiArticle.From(a, sources)).ToList(), next));
    }

    public static async Task<IResult> Get(long id, ICaravanStore store, Caching.SourceDirectory directory, CancellationToken ct)
    {
        var a = await store.GetArticleAsync(id, ct);
        if (a is null) return ApiRoutes.NotFound($"There is no article {id}.");
        var sources = await directory.GetAsync(ct);
        var tags = await store.ListTagsAsync(id, ct);
        return Results.Ok(new ApiArticleDetail(ApiArticle.From(a, sources), a.Text, tags.Select(ApiTag.From).ToList()));
    }
}
