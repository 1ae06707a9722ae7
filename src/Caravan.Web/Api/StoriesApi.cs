using Caravan.Storage;
using Caravan.Web.Pages;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Api;

/// <summary>GET /api/v1/stories (most recently reported first, cursor) and /stories/{id} with its reports.</summary>
static class StoriesApi
{
    const int MaxLimit = 200;

    public static async Task<IResult> List(string? cursor, int? limit, ICaravanStore store, CancellationToken ct)
    {
        var query = new StoryQuery { Limit = ApiRoutes.Clamp(limit, MaxLimit) };
        if (cursor is not null)
        {
            if (!Cursor.TryParse(cursor, out var time, out var id)) return ApiRoutes.BadRequest("The cursor is not valid; pass back the 'next' of the previous page.");
            query = query with { BeforeLastSeen = time, BeforeId = id };
        }
        var stories = await store.ListStoriesAsync(query, ct);
        var next = stories.Count == query.Limit ? Cursor.Format(stories[^1].LastSeenAt, stories[^1].Id) : null;
        return Results.Ok(new ApiPage<ApiStory>(stories.Select(ApiStory.From).ToList(), next));
    }

    public static async Task<IResult> Get(long id, ICaravanStore store, Caching.SourceDirectory directory, CancellationToken ct)
    {
        var story = await store.GetStoryAsync(id, ct);
        if (story is null) return ApiRoutes.NotFound($"There is no story {id}.");
        var articles = await store.ListArticlesAsync(new ArticleQuery { StoryId = story.Id, IncludeDuplicates = true, Limit = ArticleQuery.MaxLimit }, ct);
        var sources = await directory.GetAsync(ct);
        return Results.Ok(new ApiStoryDetail(ApiStory.From(story), articles.Select(a => ApiArticle.From(a, sources)).ToList()));
    }
}
