using Caravan.Model;
using Caravan.Storage;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Api;

/// <summary>GET /api/v1/tags (every kind) and /tags/{kind}: tag values with article counts, most used first.</summary>
static class TagsApi
{
    public static async Task<IResult> List(ICaravanStore store, CancellationToken ct)
    {
        var all = new List<ApiTagCount>();
        foreach (var kind in Enum.GetValues<TagKind>()) all.AddRange(await CountsAsync(kind, store, ct));
        return Results.Ok(new ApiPage<ApiTagCount>(all, null));
    }

    public static async Task<IResult> ListKind(string kind, ICaravanStore store, CancellationToken ct) =>
        Enum.TryParse<TagKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(kind, out _)
            ? Results.Ok(new ApiPage<ApiTagCount>(await CountsAsync(k, store, ct), null))
            : ApiRoutes.NotFound($"There is no tag kind '{kind}'; kinds are {string.Join(", ", Enum.GetNames<TagKind>().Select(n => n.ToLowerInvariant()))}.");

    static async Task<IReadOnlyList<ApiTagCount>> CountsAsync(TagKind kind, ICaravanStore store, CancellationToken ct) =>
        (await store.CountTagsAsync(kind, ct)).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new ApiTagCount(kind.ToString().ToLowerInvariant(), p.Key, p.Value)).ToList();
}
