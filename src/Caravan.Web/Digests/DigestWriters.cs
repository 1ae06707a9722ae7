using System.Globalization;
using System.Text;
using Caravan.Web.Pages;

namespace Caravan.Web.Digests;

/// <summary>A digest as Markdown (for newsletters) or as an HTML fragment (for e-mail and the digest page).</summary>
public static class DigestWriters
{
    /// <param name="baseUrl">Where Caravan is served, to link each entry's article page; null links the outlet's page instead.</param>
    public static string Markdown(Digest digest, Uri? baseUrl)
    {
        var sb = new StringBuilder("# ").Append(Md(digest.Title)).Append("\n\n");
        if (digest.Entries.Count == 0) return sb.Append("No reports in this period.\n").ToString();
        foreach (var e in digest.Entries)
        {
            var link = Link(e, baseUrl);
            sb.Append("## ").Append(link is null ? Md(e.Headline) : $"[{Md(e.Headline)}]({link})").Append("\n\n")
              .Append('*').Append(Md(e.Outlet)).Append(", ").Append(e.PublishedAt.ToUniversalTime().ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture));
            if (e.Outlets > 1) sb.Append(", reported by ").Append(e.Outlets).Append(" outlets");
            sb.Append("*\n\n");
            if (e.Summary.Length > 0) sb.Append(Md(e.Summary)).Append("\n\n");
            if (e.ImageCredit is not null) sb.Append("Photo: ").Append(Md(e.ImageCredit)).Append("\n\n");
        }
        return sb.ToString();
    }

    public static string HtmlFragment(Digest digest, Uri? baseUrl, bool withHeading = true)
    {
        var sb = new StringBuilder();
        if (withHeading) sb.Append("<h1>").Append(Html.E(digest.Title)).Append("</h1>\n");
        if (digest.Entries.Count == 0) return sb.Append("<p class=\"empty\">No reports in this period.</p>\n").ToString();
        foreach (var e in digest.Entries)
        {
            var link = Link(e, baseUrl);
            sb.Append("<article").Append(Html.Lang(e.Language)).Append(">\n<h2>").Append(link is null ? Html.E(e.Headline) : $"<a href=\"{Html.E(link)}\">{Html.E(e.Headline)}</a>").Append("</h2>\n")
              .Append("<p class=\"meta\">").Append(Html.E(e.Outlet)).Append(" · ").Append(Html.Time(e.PublishedAt));
            if (e.Outlets > 1) sb.Append(" · reported by ").Append(e.Outlets).Append(" outlets");
            sb.Append("</p>\n");
            if (e.Summary.Length > 0) sb.Append("<p>").Append(Html.E(e.Summary)).Append("</p>\n");
            if (e.ImageCredit is not null) sb.Append("<p class=\"credit\">Photo: ").Append(Html.E(e.ImageCredit)).Append("</p>\n");
            sb.Append("</article>\n");
        }
        return sb.ToString();
    }

    static string? Link(DigestEntry e, Uri? baseUrl) =>
        baseUrl is not null ? new Uri(baseUrl, $"/article/{e.ArticleId}").AbsoluteUri
        : Uri.TryCreate(e.Url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u.AbsoluteUri : null;

    /// <summary>Escapes the characters CommonMark gives meaning to inline (CommonMark 0.31 §2.4 backslash escapes).</summary>
    static string Md(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '!' or '|') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
