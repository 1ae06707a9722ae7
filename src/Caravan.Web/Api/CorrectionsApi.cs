using Caravan.Model;
using Caravan.Storage;
using Caravan.Web.Desk;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Api;

/// <summary>Editors' corrections over the API: tag corrections on an article, merging stories, splitting an article out. Bearer token required.</summary>
static class CorrectionsApi
{
    public static async Task<IResult> CorrectTag(long id, HttpRequest request, ICaravanStore store, TimeProvider time, CancellationToken ct)
    {
        var (body, problem) = await ApiBody.ReadAsync<ApiTagCorrection>(request, ct);
        if (body is null) return problem!;
        if (TagVocabulary.ParseKind(body.Kind) is not { } kind)
            return ApiRoutes.BadRequest($"'{body.Kind}' is not a tag kind; kinds are {string.Join(", ", Enum.GetNames<TagKind>().Select(n => n.ToLowerInvariant()))}.");
        TagCorrectionAction action;
        if (string.Equals(body.Action, "add", StringComparison.OrdinalIgnoreCase)) action = TagCorrectionAction.Add;
        else if (string.Equals(body.Action, "remove", StringComparison.OrdinalIgnoreCase)) action = TagCorrectionAction.Remove;
        else return ApiRoutes.BadRequest($"'{body.Action}' is not an action; send \"add\" or \"remove\".");
        var (value, valueProblem) = action == TagCorrectionAction.Remove ? (SourceEditing.NullIfBlank(body.Value), "A tag needs a value.") : TagVocabulary.Normalise(kind, body.Value);
        if (value is null) return ApiRoutes.BadRequest(valueProblem ?? "A tag needs a value.");
        var correction = new TagCorrection { ArticleId = id, Kind = kind, Value = value, Action = action, Editor = ApiTokenAuth.Editor(request.HttpContext), At = time.GetUtcNow() };
        if (!await store.CorrectTagAsync(correction, ct)) return ApiRoutes.NotFound($"There is no article {id}.");
        return Results.Ok(await CorrectedAsync(id, store, ct));
    }

    public static async Task<IResult> WithdrawCorrection(long id, string kind, string value, ICaravanStore store, CancellationToken ct)
    {
        if (TagVocabulary.ParseKind(kind) is not { } k) return ApiRoutes.BadRequest($"'{kind}' is not a tag kind.");
        return await store.WithdrawTagCorrectionAsync(id, k, value, ct) ? Results.NoContent()
            : ApiRoutes.NotFound($"Article {id} has no correction of the {kind} tag '{value}'.");
    }

    public static async Task<IResult> Merge(long id, HttpRequest request, ICaravanStore store, CancellationToken ct)
    {
        var (body, problem) = await ApiBody.ReadAsync<ApiMerge>(request, ct);
        if (body is null) return problem!;
        if (body.Into is not { } into) return ApiRoutes.BadRequest("Say which story to merge into: {\"into\": ID}.");
        if (into == id) return ApiRoutes.BadRequest("A story cannot be merged into itself.");
        var merged = await store.MergeStoriesAsync(id, into, ct);
        return merged is null ? ApiRoutes.NotFound($"Story {id} or {into} does not exist (or was merged already).") : Results.Ok(ApiStory.From(merged));
    }

    public static async Task<IResult> Split(long id, HttpRequest request, ICaravanStore store, CancellationToken ct)
    {
        var (body, problem) = await ApiBody.ReadAsync<ApiSplit>(request, ct);
        if (body is null) return problem!;
        if (body.ArticleId is not { } articleId) return ApiRoutes.BadRequest("Say which article to split out: {\"articleId\": ID}.");
        var story = await store.GetStoryAsync(id, ct);
        if (story is null || story.Id != id) return ApiRoutes.NotFound($"There is no story {id}.");
        var article = await store.GetArticleAsync(articleId, ct);
        if (article is null) return ApiRoutes.NotFound($"There is no article {articleId}.");
        if (article.StoryId != id) return ApiRoutes.BadRequest($"Article {articleId} is not in story {id}.");
        var own = await store.SplitArticleAsync(articleId, ct);
        return Results.Created($"/api/v1/stories/{own!.Id}", ApiStory.From(own));
    }

    static async Task<ApiCorrectedTags> CorrectedAsync(long id, ICaravanStore store, CancellationToken ct) => new(id,
        (await store.ListTagsAsync(id, ct)).Select(ApiTag.From).ToList(),
        (await store.ListTagCorrectionsAsync(id, ct)).Select(c => new ApiTagCorrectionRecord(
            c.Kind.ToString().ToLowerInvariant(), c.Value, c.Action.ToString().ToLowerInvariant(), c.Editor, c.At)).ToList());
}
