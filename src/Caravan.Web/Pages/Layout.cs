using System.Text;
using Caravan.Tagging;
using Caravan.Web.Caching;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Pages;

/// <summary>The page chrome: head, navigation by country, search box, footer.</summary>
static class Layout
{
    public static IResult Page(string siteName, string title, string body, string lang = "en", int status = 200, string? feedPath = null)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(Html.E(lang)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Append(Html.E(title)).Append(" · ").Append(Html.E(siteName)).Append("</title>\n")
          .Append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n");
        if (feedPath is not null)
            // Feed autodiscovery (RSS Advisory Board, "RSS Autodiscovery"): readers find the page's feeds from its URL.
            sb.Append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\"").Append(feedPath).Append(".xml\">\n")
              .Append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Atom\" href=\"").Append(feedPath).Append(".atom\">\n")
              .Append("<link rel=\"alternate\" type=\"application/feed+json\" title=\"JSON Feed\" href=\"").Append(feedPath).Append(".json\">\n");
        sb.Append("<script src=\"/assets/site.js\" defer></script>\n</head>\n<body>\n")
          .Append("<header class=\"site\"><a class=\"brand\" href=\"/\">").Append(Html.E(siteName)).Append("</a>\n<nav aria-label=\"Countries\"><ul>");
        foreach (var code in Countries.CentralAsia)
        {
            var c = Countries.FromCode(code)!;
            sb.Append("<li><a href=\"/category/").Append(c.Slug).Append("\">").Append(Html.E(c.Name)).Append("</a></li>");
        }
        sb.Append("</ul></nav>\n<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">")
          .Append("<label for=\"q\">Search</label> <input id=\"q\" name=\"q\" type=\"search\"> <button>Go</button></form>\n</header>\n")
          .Append("<main>\n").Append(body).Append("\n</main>\n<footer class=\"site\">Caravan · news from Central Asia and its neighbours</footer>\n</body>\n</html>\n");
        return new RenderedResult(Encoding.UTF8.GetBytes(sb.ToString()), "text/html; charset=utf-8", status);
    }

    public static IResult NotFound(string siteName, string what) =>
        Page(siteName, "Not found", $"<h1>Not found</h1>\n<p>{Html.E(what)}</p>", status: 404);
}
