using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Api;

/// <summary>/api/v1: read-only JSON over articles, stories, sources, tags and search; errors as RFC 9457 problem details.</summary>
static class ApiRoutes
{
    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1").RequireRateLimiting(ApiSetup.AnonymousPolicy).WithTags("v1")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status429TooManyRequests);
        v1.MapGet("/articles", ArticlesApi.List).WithName("ListArticles").Produces<ApiPage<ApiArticle>>();
        v1.MapGet("/articles/{id:long}", ArticlesApi.Get).WithName("GetArticle").Produces<ApiArticleDetail>().ProducesProblem(404);
        v1.MapGet("/stories", StoriesApi.List).WithName("ListStories").Produces<ApiPage<ApiStory>>();
        v1.MapGet("/stories/{id:long}", StoriesApi.Get).WithName("GetStory").Produces<ApiStoryDetail>().ProducesProblem(404);
        v1.MapGet("/sources", SourcesApi.List).WithName("ListSources").Produces<ApiPage<ApiSource>>();
        v1.MapGet("/sources/{id:long}", SourcesApi.Get).WithName("GetSource").Produces<ApiSource>().ProducesProblem(404);
        v1.MapGet("/tags", TagsApi.List).WithName("ListTags").Produces<ApiPage<ApiTagCount>>();
        v1.MapGet("/tags/{kind}", TagsApi.ListKind).WithName("ListTagsOfKind").Produces<ApiPage<ApiTagCount>>().ProducesProblem(404);
        v1.MapGet("/search", SearchApi.Search).WithName("Search").Produces<ApiPage<ApiSearchHit>>();
    }

    /// <summary>Page sizes outside 1..max are clamped, not refused: a client asking for too much gets the most we give.</summary>
    public static int Clamp(int? limit, int max) => Math.Clamp(limit ?? 50, 1, max);

    public static IResult BadRequest(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest);
    public static IResult NotFound(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound);
}
