using System.Globalization;
using System.Text;
using Caravan.Ingest;
using Caravan.Model;
using Caravan.Web.Pages;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Desk;

/// <summary>/desk/sources/{id}: the edit form, "refresh now" and its outcome, and the recent fetches.</summary>
static class SourceEditPage
{
    public static IResult Render(Source s, IReadOnlyList<FetchAttempt> attempts, string token, WebOptions options, string? problem, RefreshReport? report, int status = 200)
    {
        var sb = new StringBuilder("<h1>Source: ").Append(Html.E(s.Name)).Append("</h1>\n<p><a href=\"/desk\">Back to the desk</a> · <a href=\"/source/")
            .Append(s.Id).Append("\">Reader's page</a></p>\n");
        if (problem is not null) sb.Append("<p class=\"error\" role=\"alert\">").Append(Html.E(problem)).Append("</p>\n");
        if (report is not null)
            sb.Append("<p class=\"outcome\" role=\"status\">Refreshed: ").Append(Html.E(report.Status)).Append(", ").Append(report.ItemsSeen).Append(" items, ")
              .Append(report.New).Append(" new, ").Append(report.Updated).Append(" updated, ").Append(report.Unchanged).Append(" unchanged")
              .Append(report.Error is null ? "" : ". Error: " + Html.E(report.Error)).Append(".</p>\n");
        sb.Append("<form method=\"post\" action=\"/desk/sources/").Append(s.Id).Append("\">").Append(token)
          .Append(Field("ename", "name", "Name", s.Name, "required"))
          .Append(Field("efeed", "feedUrl", "Feed URL", s.FeedUrl.AbsoluteUri, "type=\"url\" required size=\"50\""))
          .Append(Field("esite", "siteUrl", "Site URL", s.SiteUrl?.AbsoluteUri, "type=\"url\" size=\"50\""))
          .Append(Field("ecountry", "country", "Country code", s.CountryHint, "size=\"3\""))
          .Append(Field("einterval", "interval", "Refresh interval (minutes; empty: adapt to the outlet)",
              s.RefreshIntervalMinutes?.ToString(CultureInfo.InvariantCulture), $"inputmode=\"numeric\" size=\"6\""))
          .Append("<p><label><input type=\"checkbox\" name=\"enabled\" value=\"true\"").Append(s.Enabled ? " checked" : "").Append("> Enabled</label></p>")
          .Append("<p><button>Save</button></p></form>\n")
          .Append("<form method=\"post\" action=\"/desk/sources/").Append(s.Id).Append("/refresh\">").Append(token).Append("<p><button>Refresh now</button></p></form>\n")
          .Append("<h2>Recent fetches</h2>\n<p>Last success: ").Append(s.FetchState.LastSuccessAt is null ? "never" : Html.Time(s.FetchState.LastSuccessAt))
          .Append("; next check: ").Append(s.FetchState.NextCheckAt is null ? "as soon as possible" : Html.Time(s.FetchState.NextCheckAt)).Append(".</p>\n");
        if (attempts.Count > 0)
        {
            sb.Append("<table><thead><tr><th>When</th><th>Outcome</th><th>Items</th><th>New</th><th>Error</th></tr></thead><tbody>");
            foreach (var a in attempts)
                sb.Append("<tr><td>").Append(Html.Time(a.At)).Append("</td><td>").Append(Html.E(a.Status)).Append("</td><td>").Append(a.ItemsSeen)
                  .Append("</td><td>").Append(a.ItemsNew).Append("</td><td>").Append(Html.E(a.Error)).Append("</td></tr>");
            sb.Append("</tbody></table>");
        }
        return Layout.Page(options.SiteName, "Source: " + s.Name, sb.ToString(), status: status);
    }

    static string Field(string id, string name, string label, string? value, string attributes) =>
        $"<p><label for=\"{id}\">{Html.E(label)}</label> <input id=\"{id}\" name=\"{name}\" value=\"{Html.E(value)}\" {attributes}></p>";
}
