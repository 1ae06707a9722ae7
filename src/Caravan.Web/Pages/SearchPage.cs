using System.Text;
using Caravan.Storage;
using Caravan.Tagging;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Pages;

/// <summary>/search?q=: full-text search with filters, sort and highlighted snippets; the query syntax is explained on the page.</summary>
static class SearchPage
{
    const int PageSize = 50;

    public static async Task<IResult> Render(string? q, string? country, string? topic, string? outlet, string? lang, string? from, string? to, string? sort,
        HttpContext http, ICaravanStore store, Caching.SourceDirectory directory, WebOptions options, CancellationToken ct)
    {
        var sources = await directory.GetAsync(ct);
        var sb = new StringBuilder("<h1>Search</h1>\n").Append(Form(q, country, topic, outlet, lang, from, to, sort, sources.Values))
            .Append("<p class=\"help\">Words must all appear; use \"quotes\" for a phrase, word* for a prefix, -word to exclude. ")
            .Append("Filters apply to every match; best match ranks the newest ")
            .Append(SearchQuery.RankedMatches.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)).Append(" matches.</p>\n");
        if (string.IsNullOrWhiteSpace(q))
            return Layout.Page(options.SiteName, "Search", sb.ToString());
        if (!SearchFilters.Request(q, country, topic, outlet, lang, from, to, sort, PageSize).TryToQuery(out var query, out var error))
            return Layout.Page(options.SiteName, "Bad request", $"<h1>Bad request</h1><p>{Html.E(error)}</p>", status: 400);
        // One more than a page tells "exactly 50" from "more than 50" without counting every match.
        var hits = await store.SearchAsync(query with { Limit = PageSize + 1 }, ct);
        var more = hits.Count > PageSize;
        if (more) hits = hits.Take(PageSize).ToList();
        var feed = "/search/feed.xml" + Feeds.FeedRoutes.SearchFeedQuery(http.Request.Query);
        sb.Append("<p>").Append(more ? $"The first {PageSize} of more results" : hits.Count == 1 ? "1 result" : $"{hits.Count} results")
          .Append(" for <strong>").Append(Html.E(q)).Append("</strong>")
          .Append(query.Order == SearchOrder.Newest ? ", newest first" : ", best match first")
          .Append(" · <a href=\"").Append(Html.E(feed)).Append("\">follow as RSS</a></p>\n");
        if (more)
            sb.Append("<p class=\"help\">More articles match: add words or a filter, or sort by date and narrow the dates to go further back.</p>\n");
        sb.Append(ArticleList.Render(hits.Select(h => h.Article).ToList(), sources, hits.ToDictionary(h => h.Article.Id, h => SearchSyntax.SnippetHtml(h.Snippet))));
        return Layout.Page(options.SiteName, "Search: " + q, sb.ToString());
    }

    static string Form(string? q, string? country, string? topic, string? outlet, string? lang, string? from, string? to, string? sort, IEnumerable<Model.Source> sources)
    {
        var sb = new StringBuilder("<form class=\"filters\" action=\"/search\" method=\"get\">\n")
            .Append("<p><label for=\"sq\">Words</label> <input id=\"sq\" name=\"q\" type=\"search\" value=\"").Append(Html.E(q)).Append("\"></p>\n")
            .Append("<p><label for=\"fc\">Country</label> <select id=\"fc\" name=\"country\"><option value=\"\">any</option>");
        foreach (var c in Countries.All)
            sb.Append("<option value=\"").Append(c.Slug).Append('"').Append(c.Slug == country || c.Code == country ? " selected" : "").Append('>').Append(Html.E(c.Name)).Append("</option>");
        sb.Append("</select>\n<label for=\"fo\">Outlet</label> <select id=\"fo\" name=\"outlet\"><option value=\"\">any</option>");
        foreach (var s in sources.OrderBy(s => s.Name, StringComparer.CurrentCulture))
            sb.Append("<option value=\"").Append(s.Id).Append('"').Append(s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == outlet ? " selected" : "").Append('>').Append(Html.E(s.Name)).Append("</option>");
        sb.Append("</select></p>\n<p><label for=\"ft\">Topic</label> <input id=\"ft\" name=\"topic\" size=\"12\" value=\"").Append(Html.E(topic)).Append("\">\n")
          .Append("<label for=\"fl\">Language</label> <input id=\"fl\" name=\"lang\" size=\"4\" placeholder=\"en\" value=\"").Append(Html.E(lang)).Append("\">\n")
          .Append("<label for=\"ff\">From</label> <input id=\"ff\" name=\"from\" type=\"date\" value=\"").Append(Html.E(from)).Append("\">\n")
          .Append("<label for=\"fu\">To</label> <input id=\"fu\" name=\"to\" type=\"date\" value=\"").Append(Html.E(to)).Append("\"></p>\n")
          .Append("<p><label for=\"fs\">Sort</label> <select id=\"fs\" name=\"sort\"><option value=\"relevance\">best match</option><option value=\"date\"")
          .Append(sort == "date" ? " selected" : "").Append(">newest</option></select> <button>Search</button></p>\n</form>\n");
        return sb.ToString();
    }
}
