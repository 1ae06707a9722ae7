using System.Text;
using Caravan.Opml;
using Caravan.Storage;
using Caravan.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Desk;

/// <summary>The desk's source actions: add (with discovery and a choice of feeds), edit, enable, refresh now, OPML in and out.</summary>
static class DeskSources
{
    public static async Task<IResult> Add(HttpContext http, IAntiforgery af, ICaravanStore store, WebOptions options, TimeProvider time, CancellationToken ct)
    {
        if (!await af.IsRequestValidAsync(http)) return DeskForms.BadToken(options);
        var form = await http.Request.ReadFormAsync(ct);
        var request = new NewSourceRequest(form["feedUrl"], form["name"], form["country"], form["discover"] == "true");
        var outcome = await SourceEditing.AddAsync(request, store, http.RequestServices.GetService(typeof(DeskIngest)) as DeskIngest, time, ct);
        return outcome switch
        {
            AddSourceOutcome.Added a => Results.Redirect($"/desk/sources/{a.Source.Id}"),
            AddSourceOutcome.ChooseFeed c => ChooseFeedPage(http, af, options, request, c),
            AddSourceOutcome.Refused r => DeskForms.Problem(options, r.Reason, 400),
            AddSourceOutcome.Unavailable u => DeskForms.Problem(options, u.Reason, 503),
            _ => throw new InvalidOperationException(outcome.GetType().Name),
        };
    }

    /// <summary>The site advertises several feeds: the editor picks one, and the form posts it back without discovery.</summary>
    static IResult ChooseFeedPage(HttpContext http, IAntiforgery af, WebOptions options, NewSourceRequest request, AddSourceOutcome.ChooseFeed choice)
    {
        var sb = new StringBuilder("<h1>Choose a feed</h1>\n<p>").Append(Html.E(choice.SiteUrl.AbsoluteUri)).Append(" offers ").Append(choice.Feeds.Count)
            .Append(" feeds.</p>\n<form method=\"post\" action=\"/desk/sources\">").Append(DeskForms.Token(http, af))
            .Append("<input type=\"hidden\" name=\"name\" value=\"").Append(Html.E(request.Name)).Append("\">")
            .Append("<input type=\"hidden\" name=\"country\" value=\"").Append(Html.E(request.Country)).Append("\">\n<fieldset><legend>Feeds found</legend>\n");
        for (var i = 0; i < choice.Feeds.Count; i++)
            sb.Append("<p><label><input type=\"radio\" name=\"feedUrl\" value=\"").Append(Html.E(choice.Feeds[i].AbsoluteUri)).Append('"')
              .Append(i == 0 ? " checked" : "").Append("> ").Append(Html.E(choice.Feeds[i].AbsoluteUri)).Append("</label></p>\n");
        sb.Append("</fieldset><p><button>Add this feed</button> <a href=\"/desk\">Cancel</a></p></form>");
        return Layout.Page(options.SiteName, "Choose a feed", sb.ToString());
    }

    public static async Task<IResult> EditPage(long id, HttpContext http, IAntiforgery af, ICaravanStore store, WebOptions options, CancellationToken ct)
    {
        var source = await store.GetSourceAsync(id, ct);
        return source is null ? Layout.NotFound(options.SiteName, $"There is no source {id}.")
            : SourceEditPage.Render(source, await store.ListFetchAttemptsAsync(id, 10, ct), DeskForms.Token(http, af), options, null, null);
    }

    public static async Task<IResult> Edit(long id, HttpContext http, IAntiforgery af, ICaravanStore store, WebOptions options, CancellationToken ct)
    {
        if (!await af.IsRequestValidAsync(http)) return DeskForms.BadToken(options);
        var source = await store.GetSourceAsync(id, ct);
        if (source is null) return Layout.NotFound(options.SiteName, $"There is no source {id}.");
        var form = await http.Request.ReadFormAsync(ct);
        string? problem = null;
        var feed = SourceEditing.ParseHttpUrl(form["feedUrl"]);
        var site = SourceEditing.NullIfBlank(form["siteUrl"]) is { } siteText ? SourceEditing.ParseHttpUrl(siteText) : null;
        if (string.IsNullOrWhiteSpace(form["name"])) problem = "A source needs a name.";
        else if (feed is null) problem = $"'{form["feedUrl"]}' is not an http(s) feed URL.";
        else if (SourceEditing.NullIfBlank(form["siteUrl"]) is not null && site is null) problem = $"'{form["siteUrl"]}' is not an http(s) site URL.";
        else if (SourceEditing.CountryProblem(form["country"]) is { } cp) problem = cp;
        else if (!SourceEditing.TryParseInterval(form["interval"], out var minutes)) problem = $"'{form["interval"]}' is not a whole number of minutes.";
        else if (SourceEditing.IntervalProblem(minutes) is { } ip) problem = ip;
        else
        {
            var edited = source with
            {
                Name = form["name"].ToString().Trim(), FeedUrl = feed, SiteUrl = site,
                CountryHint = SourceEditing.NullIfBlank(form["country"])?.ToUpperInvariant(), RefreshIntervalMinutes = minutes,
                Enabled = form["enabled"] == "true",
            };
            if (edited.FeedUrl != source.FeedUrl && await store.FindSourceByFeedUrlAsync(edited.FeedUrl, ct) is { } other && other.Id != id)
                problem = $"Source {other.Id} ({other.Name}) already has this feed URL.";
            else
            {
                await store.UpdateSourceAsync(edited, ct);
                return Results.Redirect($"/desk/sources/{id}");
            }
        }
        return SourceEditPage.Render(source, await store.ListFetchAttemptsAsync(id, 10, ct), DeskForms.Token(http, af), options, problem, null, status: 400);
    }

    public static async Task<IResult> SetEnabled(long id, HttpContext http, IAntiforgery af, ICaravanStore store, WebOptions options, CancellationToken ct)
    {
        if (!await af.IsRequestValidAsync(http)) return DeskForms.BadToken(options);
        var source = await store.GetSourceAsync(id, ct);
        if (source is null) return Layout.NotFound(options.SiteName, $"There is no source {id}.");
        var form = await http.Request.ReadFormAsync(ct);
        await store.UpdateSourceAsync(source with { Enabled = form["enabled"] == "true" }, ct);
        return Results.Redirect("/desk");
    }

    /// <summary>Runs the real refresh of one source now and shows what it did.</summary>
    public static async Task<IResult> Refresh(long id, HttpContext http, IAntiforgery af, ICaravanStore store, WebOptions options, CancellationToken ct)
    {
        if (!await af.IsRequestValidAsync(http)) return DeskForms.BadToken(options);
        var source = await store.GetSourceAsync(id, ct);
        if (source is null) return Layout.NotFound(options.SiteName, $"There is no source {id}.");
        if (http.RequestServices.GetService(typeof(DeskIngest)) is not DeskIngest ingest)
            return DeskForms.Problem(options, "This server does not fetch feeds; refresh the source from a worker (`caravan fetch`).", 503);
        var report = await ingest.Refresher.RefreshAsync(source, ct);
        var refreshed = (await store.GetSourceAsync(id, ct))!;
        return SourceEditPage.Render(refreshed, await store.ListFetchAttemptsAsync(id, 10, ct), DeskForms.Token(http, af), options, null, report);
    }

    public static async Task<IResult> ExportOpml(ICaravanStore store, TimeProvider time, CancellationToken ct)
    {
        var xml = OpmlDocument.Write(await store.ListSourcesAsync(ct), time.GetUtcNow());
        return Results.File(Encoding.UTF8.GetBytes(xml), "text/x-opml; charset=utf-8", "caravan-sources.opml");
    }

    public static async Task<IResult> ImportOpml(HttpContext http, IAntiforgery af, ICaravanStore store, WebOptions options, CancellationToken ct)
    {
        if (!await af.IsRequestValidAsync(http)) return DeskForms.BadToken(options);
        if (!http.Request.HasFormContentType) return DeskForms.Problem(options, "Upload an OPML file with the form.", 400);
        var file = (await http.Request.ReadFormAsync(ct)).Files["file"];
        if (file is null || file.Length == 0) return DeskForms.Problem(options, "Choose an OPML file to import.", 400);
        OpmlImportResult result;
        try
        {
            await using var s = file.OpenReadStream();
            result = await OpmlImporter.ImportAsync(s, store, ct);
        }
        catch (InvalidDataException e) { return DeskForms.Problem(options, $"{file.FileName}: {e.Message}", 400); }
        var sb = new StringBuilder("<h1>OPML imported</h1>\n<p role=\"status\">").Append(result.Outlines).Append(" feeds: ").Append(result.Added)
            .Append(" new, ").Append(result.AlreadyPresent).Append(" already present, ").Append(result.Problems.Count).Append(" skipped.</p>\n");
        if (result.Problems.Count > 0)
        {
            sb.Append("<ul>");
            foreach (var p in result.Problems) sb.Append("<li>").Append(Html.E(p)).Append("</li>");
            sb.Append("</ul>\n");
        }
        sb.Append("<p><a href=\"/desk\">Back to the desk</a></p>");
        return Layout.Page(options.SiteName, "OPML imported", sb.ToString());
    }
}
