using System.Text;
using Caravan.Storage;
using Caravan.Tagging;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Pages;

/// <summary>/search?q=: full-text search with highlighted snippets; the query syntax is explained on the page.</summary>
static class SearchPage
{
    const int MaxQueryLength = 500;

    public static async Task<IResult> Render(string? q, string? country, ICaravanStore store, WebOptions options, CancellationToken ct)
    {
        var sb = new StringBuilder("<h1>Search</h1>\n<p class=\"help\">Words must all appear; use \"quotes\" for a phrase, word* for a prefix, -word to exclude.</p>\n");
        if (string.IsNullOrWhiteSpace(q))
            return Layout.Page(options.SiteName, "Search", sb.ToString());
        if (q.Length > MaxQueryLength)
            return Layout.Page(options.SiteName, "Bad request", $"<h1>Bad request</h1><p>A query is at most {MaxQueryLength} characters.</p>", status: 400);
        string? code = null;
        if (!string.IsNullOrEmpty(country))
        {
            code = (Countries.FromSlug(country) ?? Countries.FromCode(country))?.Code;
            if (code is null)
                return Layout.Page(options.SiteName, "Bad request", $"<h1>Bad request</h1><p>Unknown country '{Html.E(country)}'.</p>", status: 400);
        }
        var hits = await store.SearchAsync(new SearchQuery { Text = q, Country = code, Limit = 50 }, ct);
        var sources = (await store.ListSourcesAsync(ct)).ToDictionary(s => s.Id);
        sb.Append("<p>").Append(hits.Count).Append(hits.Count == 1 ? " result" : " results").Append(" for <strong>").Append(Html.E(q)).Append("</strong></p>\n")
          .Append(ArticleList.Render(hits.Select(h => h.Article).ToList(), sources, hits.ToDictionary(h => h.Article.Id, h => SearchSyntax.SnippetHtml(h.Snippet))));
        return Layout.Page(options.SiteName, "Search: " + q, sb.ToString());
    }
}
