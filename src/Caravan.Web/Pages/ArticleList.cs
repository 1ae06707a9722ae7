using System.Text;
using Caravan.Model;

namespace Caravan.Web.Pages;

/// <summary>A list of articles as &lt;article&gt; elements: title, time, outlet, image credit, excerpt.</summary>
static class ArticleList
{
    public static string Render(IReadOnlyList<Article> articles, IReadOnlyDictionary<long, Source> sources, IReadOnlyDictionary<long, string>? snippets = null)
    {
        if (articles.Count == 0) return "<p class=\"empty\">No articles yet.</p>";
        var sb = new StringBuilder("<div class=\"articles\">\n");
        foreach (var a in articles)
        {
            var outlet = sources.TryGetValue(a.SourceId, out var s) ? s.Name : "";
            sb.Append("<article").Append(Html.Lang(a.Language)).Append(">\n<h2><a href=\"/article/").Append(a.Id).Append("\">")
              .Append(Html.E(string.IsNullOrWhiteSpace(a.Title) ? "(untitled)" : a.Title)).Append("</a></h2>\n")
              .Append("<p class=\"meta\">").Append(Html.Time(a.PublishedAt ?? a.FirstSeenAt))
              .Append(" · <a href=\"/source/").Append(a.SourceId).Append("\">").Append(Html.E(outlet)).Append("</a>");
            if (a.OriginalOutlet is not null)
                sb.Append(" · originally published by ").Append(Html.E(a.OriginalOutlet));
            sb.Append("</p>\n");
            if (snippets is not null && snippets.TryGetValue(a.Id, out var snippet))
                sb.Append("<p class=\"snippet\">").Append(snippet).Append("</p>\n");
            else
                sb.Append("<p>").Append(Html.E(Html.Excerpt(a.Text))).Append("</p>\n");
            sb.Append("</article>\n");
        }
        return sb.Append("</div>").ToString();
    }
}
