using Caravan.Storage;
using Caravan.Web.Desk;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Api;

/// <summary>POST /api/v1/sources (with discovery), PATCH and DELETE /sources/{id}, POST /sources/{id}/refresh. Bearer token required.</summary>
static class SourcesWriteApi
{
    public static async Task<IResult> Add(HttpRequest request, ICaravanStore store, TimeProvider time, CancellationToken ct)
    {
        var (body, problem) = await ApiBody.ReadAsync<ApiNewSource>(request, ct);
        if (body is null) return problem!;
        var outcome = await SourceEditing.AddAsync(
            new NewSourceRequest(body.Url, body.Name, body.Country, body.Discover ?? true, body.RefreshIntervalMinutes),
            store, request.HttpContext.RequestServices.GetService(typeof(DeskIngest)) as DeskIngest, time, ct);
        return outcome switch
        {
            AddSourceOutcome.Added { IsNew: true } a => Results.Created($"/api/v1/sources/{a.Source.Id}", ApiSource.From(a.Source)),
            AddSourceOutcome.Added a => Results.Ok(ApiSource.From(a.Source)),
            // RFC 9110 §15.4.1: several representations to choose from.
            AddSourceOutcome.ChooseFeed c => Results.Json(new ApiFeedChoice($"{c.SiteUrl} offers {c.Feeds.Count} feeds; POST the one you want with \"discover\": false.",
                c.Feeds.Select(f => f.AbsoluteUri).ToList()), statusCode: StatusCodes.Status300MultipleChoices),
            AddSourceOutcome.Refused r => ApiRoutes.BadRequest(r.Reason),
            AddSourceOutcome.Unavailable u => Results.Problem(detail: u.Reason, statusCode: StatusCodes.Status503ServiceUnavailable),
            _ => throw new InvalidOperationException(outcome.GetType().Name),
        };
    }

    public static async Task<IResult> Patch(long id, HttpRequest request, ICaravanStore store, CancellationToken ct)
    {
        var source = await store.GetSourceAsync(id, ct);
        if (source is null) return ApiRoutes.NotFound($"There is no source {id}.");
        var (body, problem) = await ApiBody.ReadAsync<ApiSourcePatch>(request, ct);
        if (body is null) return problem!;
        if (body.Name is { } name && string.IsNullOrWhiteSpace(name)) return ApiRoutes.BadRequest("A source's name cannot be empty.");
        var feed = body.FeedUrl is null ? source.FeedUrl : SourceEditing.ParseHttpUrl(body.FeedUrl);
        if (feed is null) return ApiRoutes.BadRequest($"'{body.FeedUrl}' is not an http(s) feed URL.");
        var site = body.SiteUrl is null ? source.SiteUrl : body.SiteUrl.Length == 0 ? null : SourceEditing.ParseHttpUrl(body.SiteUrl);
        if (body.SiteUrl is { Length: > 0 } && site is null) return ApiRoutes.BadRequest($"'{body.SiteUrl}' is not an http(s) site URL.");
        if (SourceEditing.CountryProblem(body.Country) is { } cp) return ApiRoutes.BadRequest(cp);
        var interval = body.RefreshIntervalMinutes switch { null => source.RefreshIntervalMinutes, 0 => null, var m => m };
        if (SourceEditing.IntervalProblem(interval) is { } ip) return ApiRoutes.BadRequest(ip + " Send 0 to go back to the adaptive schedule.");
        if (feed != source.FeedUrl && await store.FindSourceByFeedUrlAsync(feed, ct) is { } other && other.Id != id)
            return Results.Problem(detail: $"Source {other.Id} already has the feed URL {feed}.", statusCode: StatusCodes.Status409Conflict);
        var edited = source with
        {
            Name = body.Name?.Trim() ?? source.Name, FeedUrl = feed, SiteUrl = site,
            CountryHint = body.Country is null ? source.CountryHint : SourceEditing.NullIfBlank(body.Country)?.ToUpperInvariant(),
            RefreshIntervalMinutes = interval, Enabled = body.Enabled ?? source.Enabled,
        };
        await store.UpdateSourceAsync(edited, ct);
        return Results.Ok(ApiSource.From((await store.GetSourceAsync(id, ct))!));
    }

    public static async Task<IResult> Delete(long id, ICaravanStore store, CancellationToken ct) =>
        await store.RemoveSourceAsync(id, ct) ? Results.NoContent() : ApiRoutes.NotFound($"There is no source {id}.");

    public static async Task<IResult> Refresh(long id, HttpContext http, ICaravanStore store, CancellationToken ct)
    {
        var source = await store.GetSourceAsync(id, ct);
        if (source is null) return ApiRoutes.NotFound($"There is no source {id}.");
        if (http.RequestServices.GetService(typeof(DeskIngest)) is not DeskIngest ingest)
            return Results.Problem(detail: "This server does not fetch feeds; a worker refreshes sources.", statusCode: StatusCodes.Status503ServiceUnavailable);
        return Results.Ok(ApiRefreshReport.From(await ingest.Refresher.RefreshAsync(source, ct)));
    }
}
