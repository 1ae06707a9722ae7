using System.Text;

namespace Caravan.Web.Pages;

/// <summary>Story entries as &lt;article&gt; elements: title, time, outlet, lead image and credit, excerpt, and who else reported it.</summary>
static class StoryList
{
    public static string Render(IReadOnlyList<StoryEntry> entries, IReadOnlyDictionary<long, Model.Source> sources, bool images = true, string headingTag = "h2")
    {
        if (entries.Count == 0) return "<p class=\"empty\">No articles yet.</p>";
        var sb = new StringBuilder("<div class=\"articles stories\">\n");
        foreach (var e in entries)
        {
            var a = e.Report;
            var title = string.IsNullOrWhiteSpace(a.Title) ? "(untitled)" : a.Title;
            var outlet = sources.TryGetValue(a.SourceId, out var s) ? s.Name : "";
            sb.Append("<article").Append(Html.Lang(a.Language)).Append(">\n<").Append(headingTag).Append("><a href=\"/article/").Append(a.Id).Append("\">").Append(Html.E(title))
              .Append("</a></").Append(headingTag).Append(">\n<p class=\"meta\">").Append(Html.Time(a.PublishedAt ?? a.FirstSeenAt))
              .Append(" · <a href=\"/source/").Append(a.SourceId).Append("\">").Append(Html.E(outlet)).Append("</a>");
            if (a.OriginalOutlet is not null)
                sb.Append(" · originally published by ").Append(Html.E(a.OriginalOutlet));
            sb.Append("</p>\n");
            if (images && Html.Href(a.ImageUrl) is var src && src != "#")
            {
                // The lead image with its credit, as the outlet gave it; lazy so a long list costs no bandwidth up front.
                sb.Append("<figure class=\"lead\"><img src=\"").Append(src).Append("\" alt=\"").Append(Html.E(title))
                  .Append("\" loading=\"lazy\" decoding=\"async\" width=\"160\" height=\"90\">");
                if (!string.IsNullOrWhiteSpace(a.ImageCredit))
                    sb.Append("<figcaption>Image: ").Append(Html.E(a.ImageCredit)).Append("</figcaption>");
                sb.Append("</figure>\n");
            }
            sb.Append("<p>").Append(Html.E(Html.Excerpt(a.Text))).Append("</p>\n");
            if (e.StoryId is { } story && e.OtherOutlets > 0)
                sb.Append("<p class=\"also\"><a href=\"/story/").Append(story).Append("\">Also reported by ").Append(e.OtherOutlets)
                  .Append(e.OtherOutlets == 1 ? " other outlet" : " other outlets").Append("</a></p>\n");
            sb.Append("</article>\n");
        }
        return sb.Append("</div>").ToString();
    }
}
