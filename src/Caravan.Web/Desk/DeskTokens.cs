using System.Globalization;
using System.Text;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Desk;

/// <summary>The desk's API tokens: an editor creates one (shown once, stored hashed) and revokes their own.</summary>
static class DeskTokens
{
    public const int MaxNameLength = 80;

    public static async Task<string> SectionAsync(HttpContext http, string token, ICaravanStore store, CancellationToken ct)
    {
        var tokens = await store.ListApiTokensAsync(DeskForms.Editor(http), ct);
        var sb = new StringBuilder("<h2>API tokens</h2>\n<p class=\"help\">Write calls to <code>/api/v1</code> need <code>Authorization: Bearer TOKEN</code>.</p>\n");
        if (tokens.Count > 0)
        {
            sb.Append("<table><thead><tr><th>Name</th><th>Created</th><th>State</th></tr></thead><tbody>");
            foreach (var t in tokens)
            {
                sb.Append("<tr><td>").Append(Html.E(t.Name)).Append("</td><td>").Append(Html.Time(t.CreatedAt)).Append("</td><td>");
                if (t.Revoked) sb.Append("revoked ").Append(Html.Time(t.RevokedAt));
                else sb.Append("<form method=\"post\" action=\"/desk/tokens/").Append(t.Id).Append("/revoke\">").Append(token).Append("active <button>Revoke</button></form>");
                sb.Append("</td></tr>");
            }
            sb.Append("</tbody></table>\n");
        }
        sb.Append("<form method=\"post\" action=\"/desk/tokens\">").Append(token)
          .Append("<p><label for=\"tname\">New token for</label> <input id=\"tname\" name=\"name\" required maxlength=\"").Append(MaxNameLength)
          .Append("\" placeholder=\"what uses it\"> <button>Create token</button></p></form>\n");
        return sb.ToString();
    }

    public static async Task<IResult> Create(HttpContext http, IAntiforgery af, ICaravanStore store, WebOptions options, TimeProvider time, CancellationToken ct)
    {
        if (!await af.IsRequestValidAsync(http)) return DeskForms.BadToken(options);
        var name = (await http.Request.ReadFormAsync(ct))["name"].ToString().Trim();
        if (name.Length is 0 or > MaxNameLength) return DeskForms.Problem(options, $"A token's name is 1 to {MaxNameLength} characters.", 400);
        var secret = ApiTokenSecret.Create();
        await store.AddApiTokenAsync(new ApiToken { UserName = DeskForms.Editor(http), Name = name, TokenHash = ApiTokenSecret.Hash(secret), CreatedAt = time.GetUtcNow() }, ct);
        // Shown once: only its hash is kept. no-store keeps it out of caches and the back button's copy.
        http.Response.Headers.CacheControl = "no-store";
        return Layout.Page(options.SiteName, "New API token", "<h1>New API token</h1>\n<p>Copy it now: it will not be shown again.</p>\n<p><code class=\"token\">" + Html.E(secret) +
            "</code></p>\n<p><a href=\"/desk\">Back to the desk</a></p>");
    }

    public static async Task<IResult> Revoke(long id, HttpContext http, IAntiforgery af, ICaravanStore store, WebOptions options, TimeProvider time, CancellationToken ct)
    {
        if (!await af.IsRequestValidAsync(http)) return DeskForms.BadToken(options);
        // An editor revokes only their own tokens.
        var own = (await store.ListApiTokensAsync(DeskForms.Editor(http), ct)).Any(t => t.Id == id);
        if (!own || !await store.RevokeApiTokenAsync(id, time.GetUtcNow(), ct))
            return DeskForms.Problem(options, $"You have no active token {id.ToString(CultureInfo.InvariantCulture)}.", 404);
        return Results.Redirect("/desk");
    }
}
