using Caravan.Storage;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Api;

/// <summary>GET /api/v1/sources (by id; cursor is the last id seen) and /sources/{id}.</summary>
static class SourcesApi
{
    const int MaxLimit = 500;

    public static async Task<IResult> List(string? cursor, int? limit, ICaravanStore store, CancellationToken ct)
    {
        long after = 0;
        if (cursor is not null && (!long.TryParse(cursor, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out after)))
            return ApiRoutes.BadRequest("The cursor is not valid; pass back the 'next' of the previous page.");
        var take = ApiRoutes.Clamp(limit, MaxLimit);
        // Sources number in the hundreds, so the store lists them all and the page is cut here.
        var page = (await store.ListSourcesAsync(ct)).Where(s => s.Id > after).OrderBy(s => s.Id).Take(take + 1).ToList();
        var next = page.Count > take ? page[take - 1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        return Results.Ok(new ApiPage<ApiSource>(page.Take(take).Select(ApiSource.From).ToList(), next));
    }

    public static async Task<IResult> Get(long id, ICaravanStore store, CancellationToken ct) =>
        await store.GetSourceAsync(id, ct) is { } s ? Results.Ok(ApiSource.From(s)) : ApiRoutes.NotFound($"There is no source {id}.");
}
