using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Api;

/// <summary>/api/v1: JSON over articles, stories, sources, tags and search (reads anonymous, writes with a bearer token); errors as RFC 9457 problem details.</summary>
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

        // Write calls: a bearer token (RFC 6750) of an editor; 401 without one, 403 when it was revoked.
        var write = v1.MapGroup("").AddEndpointFilter<ApiTokenAuth>().WithMetadata(RequiresApiTokenMetadata.Instance)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        write.MapPost("/sources", SourcesWriteApi.Add).WithName("AddSource").Accepts<ApiNewSource>("application/json")
            .Produces<ApiSource>(201).Produces<ApiSource>().Produces<ApiFeedChoice>(300).ProducesProblem(503);
        write.MapPatch("/sources/{id:long}", SourcesWriteApi.Patch).WithName("EditSource").Accepts<ApiSourcePatch>("application/json")
            .Produces<ApiSource>().ProducesProblem(404).ProducesProblem(409);
        write.MapDelete("/sources/{id:long}", SourcesWriteApi.Delete).WithName("RemoveSource").Produces(204).ProducesProblem(404);
        write.MapPost("/sources/{id:long}/refresh", SourcesWriteApi.Refresh).WithName("RefreshSource").Produces<ApiRefreshReport>().ProducesProblem(404).ProducesProblem(503);
        write.MapPost("/articles/{id:long}/tag-corrections", CorrectionsApi.CorrectTag).WithName("CorrectTag").Accepts<ApiTagCorrection>("application/json")
            .Produces<ApiCorrectedTags>().ProducesProblem(404);
        write.MapDelete("/articles/{id:long}/tag-corrections/{kind}/{value}", CorrectionsApi.WithdrawCorrection).WithName("WithdrawTagCorrection")
            .Produces(204).ProducesProblem(404);
        write.MapPost("/stories/{id:long}/merge", CorrectionsApi.Merge).WithName("MergeStory").Accepts<ApiMerge>("application/json")
            .Produces<ApiStory>().ProducesProblem(404);
        write.MapPost("/stories/{id:long}/split", CorrectionsApi.Split).WithName("SplitStory").Accepts<ApiSplit>("application/json")
            .Produces<ApiStory>(201).ProducesProblem(404);
    }

    /// <summary>Page sizes outside 1..max are clamped, not refused: a client asking for too much gets the most we give.</summary>
    public static int Clamp(int? limit, int max) => Math.Clamp(limit ?? 50, 1, max);

    public static IResult BadRequest(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest);
    public static IResult NotFound(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound);
}
