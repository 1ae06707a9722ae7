using System.Globalization;
using System.Text;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Tagging;
using Caravan.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Desk;

/// <summary>/desk/articles/{id}: correct an article's tags, split it out of its story; and merging two stories.</summary>
static class DeskCorrections
{
    public static async Task<IResult> ArticlePage(long id, HttpContext http, IAntiforgery af, ICaravanStore store, WebOptions options, CancellationToken ct) =>
        await RenderAsync(id, http, af, store, options, null, 200, ct);

    static async Task<IResult> RenderAsync(long id, HttpContext http, IAntiforgery af, ICaravanStore store, WebOptions options, string? problem, int status, CancellationToken ct)
    {
        var a = await store.GetArticleAsync(id, ct);
        if (a is null) return Layout.NotFound(options.SiteName, $"There is no article {id}.");
        var token = DeskForms.Token(http, af);
        var tags = await store.ListTagsAsync(id, ct);
        var removed = (await store.ListTagCorrectionsAsync(id, ct)).Where(c => c.Action == TagCorrectionAction.Remove).ToList();
        var sb = new StringBuilder("<h1>Corrections: ").Append(Html.E(a.Title ?? "(untitled)")).Append("</h1>\n<p><a href=\"/article/").Append(id)
            .Append("\">Reader's page</a> · <a href=\"/desk\">Back to the desk</a></p>\n");
        if (problem is not null) sb.Append("<p class=\"error\" role=\"alert\">").Append(Html.E(problem)).Append("</p>\n");
        sb.Append("<h2>Tags</h2>\n<table class=\"tags\"><thead><tr><th>Kind</th><th>Value</th><th>Why</th><th></th></tr></thead><tbody>\n");
        foreach (var t in tags)
            sb.Append("<tr><td>").Append(Kind(t.Kind)).Append("</td><td>").Append(Html.E(t.Value)).Append("</td><td>").Append(Html.E(t.Why))
              .Append(t.Manual ? " (editor)" : "").Append("</td><td><form method=\"post\" action=\"/desk/articles/").Append(id).Append("/tags/remove\">").Append(token)
              .Append("<input type=\"hidden\" name=\"kind\" value=\"").Append(Kind(t.Kind)).Append("\"><input type=\"hidden\" name=\"value\" value=\"").Append(Html.E(t.Value))
              .Append("\"><button aria-label=\"Remove ").Append(Kind(t.Kind)).Append(' ').Append(Html.E(t.Value)).Append("\">Remove</button></form></td></tr>\n");
        sb.Append("</tbody></table>\n");
        if (removed.Count > 0)
            sb.Append("<p class=\"help\">Removed by editors (tagging will not add them again): ")
              .Append(string.Join(", ", removed.Select(r => Html.E($"{Kind(r.Kind)} {r.Value} ({r.Editor})")))).Append("</p>\n");
        sb.Append("<form method=\"post\" action=\"/desk/articles/").Append(id).Append("/tags\">").Append(token)
          .Append("<p><label for=\"tkind\">Add a tag</label> <select id=\"tkind\" name=\"kind\">");
        foreach (var k in Enum.GetValues<TagKind>()) sb.Append("<option>").Append(Kind(k)).Append("</option>");
        sb.Append("</select> <label for=\"tvalue\">Value</label> <input id=\"tvalue\" name=\"value\" list=\"vocabulary\" required> <button>Add tag</button></p>")
          .Append("<datalist id=\"vocabulary\">");
        foreach (var c in Countries.All) sb.Append("<option value=\"").Append(c.Code).Append("\">").Append(Html.E(c.Name)).Append("</option>");
        foreach (var topic in TopicRules.Taxonomy) sb.Append("<option value=\"").Append(Html.E(topic)).Append("\"></option>");
        sb.Append("</datalist></form>\n<h2>Story</h2>\n");
        if (a.StoryId is { } storyId)
            sb.Append("<p>In <a href=\"/story/").Append(storyId).Append("\">story ").Append(storyId).Append("</a>.</p>\n");
        sb.Append("<form method=\"post\" action=\"/desk/articles/").Append(id).Append("/split\">").Append(token)
          .Append("<p><button>Split into its own story</button> <span class=\"help\">Automatic linking will not join it to another story again.</span></p></form>");
        return Layout.Page(options.SiteName, "Corrections", sb.ToString(), status: status);
    }

    static string Kind(TagKind k) => k.ToString().ToLowerInvariant();

    public static Task<IResult> AddTag(long id, HttpContext http, IAntiforgery af, ICaravanStore store, WebOptions options, TimeProvider time, CancellationToken ct) =>
        CorrectAsync(id, TagCorrectionAction.Add, http, af, store, options, time, ct);

    public static Task<IResult> RemoveTag(long id, HttpContext http, IAntiforgery af, ICaravanStore store, WebOptions options, TimeProvider time, CancellationToken ct) =>
        CorrectAsync(id, TagCorrectionAction.Remove, http, af, store, options, time, ct);

    static async Task<IResult> CorrectAsync(long id, TagCorrectionAction action, HttpContext http, IAntiforgery af, ICaravanStore store, WebOptions options, TimeProvider time, CancellationToken ct)
    {
        if (!await af.IsRequestValidAsync(http)) return DeskForms.BadToken(options);
        var form = await http.Request.ReadFormAsync(ct);
        if (TagVocabulary.ParseKind(form["kind"]) is not { } kind)
            return await RenderAsync(id, http, af, store, options, $"'{form["kind"]}' is not a tag kind.", 400, ct);
        // A removal names a tag already on the article: it needs no vocabulary check (older tags may predate the gazetteer).
        var (value, problem) = action == TagCorrectionAction.Remove ? (SourceEditing.NullIfBlank(form["value"]), null) : TagVocabulary.Normalise(kind, form["value"]);
        if (value is null) return await RenderAsync(id, http, af, store, options, problem ?? "A tag needs a value.", 400, ct);
        var done = await store.CorrectTagAsync(new TagCorrection
        {
            ArticleId = id, Kind = kind, Value = value, Action = action, Editor = DeskForms.Editor(http), At = time.GetUtcNow(),
        }, ct);
        return done ? Results.Redirect($"/desk/articles/{id}") : Layout.NotFound(options.SiteName, $"There is no article {id}.");
    }

    public static async Task<IResult> Split(long id, HttpContext http, IAntiforgery af, ICaravanStore store, WebOptions options, CancellationToken ct)
    {
        if (!await af.IsRequestValidAsync(http)) return DeskForms.BadToken(options);
        var story = await store.SplitArticleAsync(id, ct);
        return story is null ? Layout.NotFound(options.SiteName, $"There is no article {id}.") : Results.Redirect($"/story/{story.Id}");
    }

    public static async Task<IResult> Merge(HttpContext http, IAntiforgery af, ICaravanStore store, WebOptions options, CancellationToken ct)
    {
        if (!await af.IsRequestValidAsync(http)) return DeskForms.BadToken(options);
        var form = await http.Request.ReadFormAsync(ct);
        if (!long.TryParse(form["from"], NumberStyles.None, CultureInfo.InvariantCulture, out var from) ||
            !long.TryParse(form["into"], NumberStyles.None, CultureInfo.InvariantCulture, out var into))
            return DeskForms.Problem(options, "Story ids are whole numbers.", 400);
        if (from == into) return DeskForms.Problem(options, "A story cannot be merged into itself.", 400);
        var merged = await store.MergeStoriesAsync(from, into, ct);
        return merged is null ? DeskForms.Problem(options, $"Story {from} or {into} does not exist (or was merged already).", 404) : Results.Redirect($"/story/{merged.Id}");
    }
}
