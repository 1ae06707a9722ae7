using System.Text;
using Caravan.Storage;
using Caravan.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Desk;

/// <summary>/desk: every source with its health and actions, adding one (with discovery), OPML in and out, story merges, API tokens.</summary>
static class DeskPage
{
    public static async Task<IResult> Render(HttpContext http, IAntiforgery af, ICaravanStore store, WebOptions options, CancellationToken ct)
    {
        var token = DeskForms.Token(http, af);
        var sources = await store.ListSourcesAsync(ct);
        var sb = new StringBuilder("<h1>Editor's desk</h1>\n<p>Signed in as ").Append(Html.E(http.User.Identity?.Name))
            .Append(". <form class=\"inline\" method=\"post\" action=\"/desk/logout\">").Append(token).Append("<button>Sign out</button></form></p>\n")
            .Append("<h2>Add a source</h2>\n<form method=\"post\" action=\"/desk/sources\">").Append(token)
            .Append("<p><label for=\"sfeed\">Site or feed URL</label> <input id=\"sfeed\" name=\"feedUrl\" type=\"url\" required size=\"40\"> ")
            .Append("<label><input type=\"checkbox\" name=\"discover\" value=\"true\" checked> find the feed</label></p>")
            .Append("<p><label for=\"sname\">Name</label> <input id=\"sname\" name=\"name\" placeholder=\"the host name\"> ")
            .Append("<label for=\"scountry\">Country code</label> <input id=\"scountry\" name=\"country\" size=\"3\"> <button>Add</button></p></form>\n")
            .Append("<h2>Sources (").Append(sources.Count).Append(")</h2>\n<table class=\"sources\"><thead><tr><th>Name</th><th>Feed</th><th>Last success</th><th>Failures</th><th>State</th><th>Actions</th></tr></thead><tbody>\n");
        foreach (var s in sources.OrderBy(s => s.Name, StringComparer.CurrentCulture))
        {
            sb.Append("<tr><td><a href=\"/source/").Append(s.Id).Append("\">").Append(Html.E(s.Name)).Append("</a></td><td>").Append(Html.E(s.FeedUrl.AbsoluteUri))
              .Append("</td><td>").Append(Html.Time(s.FetchState.LastSuccessAt)).Append("</td><td>").Append(s.FetchState.ConsecutiveFailures)
              .Append(s.FetchState.LastError is null ? "" : " (" + Html.E(s.FetchState.LastError) + ")").Append("</td><td>")
              .Append("<form method=\"post\" action=\"/desk/sources/").Append(s.Id).Append("/enabled\">").Append(token)
              .Append("<input type=\"hidden\" name=\"enabled\" value=\"").Append(s.Enabled ? "false" : "true").Append("\">")
              .Append(s.Enabled ? "enabled <button>Disable</button>" : "disabled <button>Enable</button>").Append("</form></td><td>")
              .Append("<a href=\"/desk/sources/").Append(s.Id).Append("\">Edit</a> ")
              .Append("<form class=\"inline\" method=\"post\" action=\"/desk/sources/").Append(s.Id).Append("/refresh\">").Append(token)
              .Append("<button aria-label=\"Refresh ").Append(Html.E(s.Name)).Append(" now\">Refresh now</button></form></td></tr>\n");
        }
        sb.Append("</tbody></table>\n")
          .Append("<h2>OPML</h2>\n<p><a href=\"/desk/opml\" download>Export every source as OPML</a></p>\n")
          .Append("<form method=\"post\" action=\"/desk/opml\" enctype=\"multipart/form-data\">").Append(token)
          .Append("<p><label for=\"opml\">Import an OPML file</label> <input id=\"opml\" name=\"file\" type=\"file\" accept=\".opml,.xml,text/x-opml,application/xml\" required> <button>Import</button></p></form>\n")
          .Append("<h2>Stories</h2>\n<p class=\"help\">Corrections to tags and splits are made on an article's desk page (<code>/desk/articles/ID</code>, linked from each article).</p>\n")
          .Append("<form method=\"post\" action=\"/desk/stories/merge\">").Append(token)
          .Append("<p><label for=\"mfrom\">Merge story</label> <input id=\"mfrom\" name=\"from\" inputmode=\"numeric\" size=\"8\" required> ")
          .Append("<label for=\"minto\">into story</label> <input id=\"minto\" name=\"into\" inputmode=\"numeric\" size=\"8\" required> <button>Merge</button></p></form>\n");
        sb.Append(await DeskTokens.SectionAsync(http, token, store, ct));
        return Layout.Page(options.SiteName, "Editor's desk", sb.ToString());
    }
}
