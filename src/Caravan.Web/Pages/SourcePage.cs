using System.Text;
using Caravan.Storage;
using Caravan.Web.Caching;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Pages;

/// <summary>/source/{id}: an outlet's recent items and its fetch health.</summary>
static class SourcePage
{
    public static Task<IResult> Render(string id, HttpContext http, ICaravanStore store, RenderCache cache, WebOptions options, CancellationToken ct) =>
        cache.GetOrRenderAsync(http, () => RenderUncached(id, store, options, ct), ct);

    static async Task<IResult> RenderUncached(string id, ICaravanStore store, WebOptions options, CancellationToken ct)
    {
        if (!long.TryParse(id, out var sourceId))
            return Layout.Page(options.SiteName, "Bad request", "<h1>Bad request</h1><p>A source id is a number.</p>", status: 400);
        var s = await store.GetSourceAsync(sourceId, ct);
        if (s is null) return Layout.NotFound(options.SiteName, $"There is no source {sourceId}.");
        var attempts = await store.ListFetchAttemptsAsync(s.Id, 10, ct);
        var articles = await store.ListArticlesAsync(new ArticleQuery { SourceId = s.Id, Limit = 20 }, ct);
        var st = s.FetchState;
        var health = !s.Enabled ? "disabled" + (st.DisabledReason is null ? "" : ": " + st.DisabledReason)
            : st.Broken ? "broken" : st.ConsecutiveFailures > 0 ? $"failing ({st.ConsecutiveFailures} in a row)" : "healthy";
        var sb = new StringBuilder("<h1>").Append(Html.E(s.Name)).Append("</h1>\n<dl class=\"health\">")
            .Append("<dt>Feed</dt><dd><a href=\"").Append(Html.Href(s.FeedUrl.AbsoluteUri)).Append("\">").Append(Html.E(s.FeedUrl.AbsoluteUri)).Append("</a></dd>")
            .Append("<dt>Health</dt><dd>").Append(Html.E(health)).Append("</dd>")
            .Append("<dt>Last success</dt><dd>").Append(st.LastSuccessAt is null ? "never" : Html.Time(st.LastSuccessAt)).Append("</dd>")
            .Append("<dt>Next check</dt><dd>").Append(st.NextCheckAt is null ? "now" : Html.Time(st.NextCheckAt)).Append("</dd>");
        if (st.LastError is not null) sb.Append("<dt>Last error</dt><dd>").Append(Html.E(st.LastError)).Append("</dd>");
        sb.Append("</dl>\n<h2>Recent fetches</h2>\n<table><thead><tr><th>Time</th><th>Outcome</th><th>HTTP</th><th>ms</th><th>Bytes</th><th>New items</th><th>Error</th></tr></thead><tbody>");
        foreach (var f in attempts)
            sb.Append("<tr><td>").Append(Html.Time(f.At)).Append("</td><td>").Append(Html.E(f.Status)).Append("</td><td>").Append(f.HttpStatus)
              .Append("</td><td>").Append(Math.Round(f.DurationMs)).Append("</td><td>").Append(f.Bytes).Append("</td><td>").Append(f.ItemsNew)
              .Append("</td><td>").Append(Html.E(f.Error)).Append("</td></tr>");
        sb.Append("</tbody></table>\n<h2>Recent items</h2>\n")
          .Append(ArticleList.Render(articles, new Dictionary<long, Model.Source> { [s.Id] = s }));
        return Layout.Page(options.SiteName, s.Name, sb.ToString());
    }
}
