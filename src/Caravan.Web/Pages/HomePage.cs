using System.Text;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Tagging;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Pages;

/// <summary>The home page: the latest reports and the countries with articles.</summary>
static class HomePage
{
    public static async Task<IResult> Render(ICaravanStore store, WebOptions options, CancellationToken ct)
    {
        var articles = await store.ListArticlesAsync(new ArticleQuery { Limit = 30 }, ct);
        var sources = (await store.ListSourcesAsync(ct)).ToDictionary(s => s.Id);
        var counts = await store.CountTagsAsync(TagKind.Country, ct);
        var sb = new StringBuilder("<h1>Latest reports</h1>\n<section aria-labelledby=\"countries\"><h2 id=\"countries\">Countries</h2><ul class=\"countries\">");
        foreach (var (code, n) in counts)
            if (Countries.FromCode(code) is { } c)
                sb.Append("<li><a href=\"/category/").Append(c.Slug).Append("\">").Append(Html.E(c.Name)).Append("</a> (").Append(n).Append(")</li>");
        sb.Append("</ul></section>\n").Append(ArticleList.Render(articles, sources));
        return Layout.Page(options.SiteName, "Latest reports", sb.ToString());
    }
}
