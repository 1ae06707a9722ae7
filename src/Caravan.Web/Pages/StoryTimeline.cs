using System.Globalization;
using System.Text;
using Caravan.Model;

namespace Caravan.Web.Pages;

/// <summary>A story's reports over time as inline SVG drawn on the server: one row per outlet, in the order outlets first reported it.</summary>
static class StoryTimeline
{
    const int Width = 720, LabelWidth = 180, RowHeight = 26, Top = 10, AxisHeight = 34;

    public static string Svg(IReadOnlyList<Article> reports, IReadOnlyDictionary<long, Source> sources)
    {
        if (reports.Count == 0) return "";
        var ordered = reports.OrderBy(Time).ThenBy(a => a.Id).ToList();
        var outlets = ordered.Select(a => a.SourceId).Distinct().ToList();
        var first = Time(ordered[0]);
        var last = Time(ordered[^1]);
        var span = Math.Max((last - first).TotalSeconds, 1);
        double X(Article a) => LabelWidth + 10 + (Time(a) - first).TotalSeconds / span * (Width - LabelWidth - 30);
        var height = Top + outlets.Count * RowHeight + AxisHeight;
        var sb = new StringBuilder();
        sb.Append(Inv($"<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" role=\"img\" aria-labelledby=\"timeline-title\">"))
          .Append("<title id=\"timeline-title\">").Append(Html.E($"{reports.Count} reports by {outlets.Count} outlets between {Label(first)} and {Label(last)} UTC")).Append("</title>");
        for (int row = 0; row < outlets.Count; row++)
        {
            var y = Top + row * RowHeight + RowHeight / 2;
            var name = sources.TryGetValue(outlets[row], out var s) ? s.Name : "outlet " + outlets[row];
            sb.Append(Inv($"<text x=\"{LabelWidth}\" y=\"{y + 4}\" text-anchor=\"end\" font-size=\"12\">")).Append(Html.E(Shorten(name))).Append("</text>")
              .Append(Inv($"<line x1=\"{LabelWidth + 10}\" y1=\"{y}\" x2=\"{Width - 20}\" y2=\"{y}\" stroke=\"#ccc\"/>"));
            foreach (var a in ordered.Where(a => a.SourceId == outlets[row]))
            {
                var copy = IsCopy(a);
                sb.Append(Inv($"<a href=\"/article/{a.Id}\"><circle cx=\"{X(a):0.#}\" cy=\"{y}\" r=\"6\" fill=\"{(copy ? "#fff" : "#1a5fb4")}\" stroke=\"#1a5fb4\" stroke-width=\"2\">"))
                  .Append("<title>").Append(Html.E($"{name}, {Label(Time(a))} UTC{(copy ? " (copy)" : "")}: {a.Title}")).Append("</title></circle></a>");
            }
        }
        var axisY = Top + outlets.Count * RowHeight + 6;
        sb.Append(Inv($"<line x1=\"{LabelWidth + 10}\" y1=\"{axisY}\" x2=\"{Width - 20}\" y2=\"{axisY}\" stroke=\"#555\"/>"))
          .Append(Inv($"<text x=\"{LabelWidth + 10}\" y=\"{axisY + 18}\" font-size=\"12\">")).Append(Label(first)).Append("</text>")
          .Append(Inv($"<text x=\"{Width - 20}\" y=\"{axisY + 18}\" font-size=\"12\" text-anchor=\"end\">")).Append(Label(last)).Append(" UTC</text>")
          .Append("</svg>");
        return sb.ToString();
    }

    /// <summary>A report that republishes another: a duplicate, a syndicated copy, or one naming its original outlet.</summary>
    public static bool IsCopy(Article a) => a.DuplicateOfId is not null || a.SyndicatedFromId is not null || a.OriginalOutlet is not null;

    public static DateTimeOffset Time(Article a) => a.PublishedAt ?? a.FirstSeenAt;

    static string Label(DateTimeOffset t) => t.ToUniversalTime().ToString("d MMM HH:mm", CultureInfo.InvariantCulture);

    static string Shorten(string name) => name.Length <= 26 ? name : name[..25] + "…";

    static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
