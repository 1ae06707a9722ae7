using System.Security.Claims;
using Caravan.Storage;
using Caravan.Web.Api;
using Caravan.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Caravan.Web.Desk;

/// <summary>/desk: sign in, sources, corrections, tokens. Every route but sign-in needs an editor; every POST checks its anti-forgery token.</summary>
static class DeskRoutes
{
    public static void MapDesk(this IEndpointRouteBuilder app)
    {
        app.MapGet("/desk/login", (HttpContext http, IAntiforgery af, WebOptions options) => LoginPage(http, af, options, null, 200));
        app.MapPost("/desk/login", Login).RequireRateLimiting(ApiSetup.LoginPolicy);
        app.MapPost("/desk/logout", Logout).RequireAuthorization();
        app.MapGet("/desk", DeskPage.Render).RequireAuthorization();
        app.MapPost("/desk/sources", DeskSources.Add).RequireAuthorization();
        app.MapGet("/desk/sources/{id:long}", DeskSources.EditPage).RequireAuthorization();
        app.MapPost("/desk/sources/{id:long}", DeskSources.Edit).RequireAuthorization();
        app.MapPost("/desk/sources/{id:long}/enabled", DeskSources.SetEnabled).RequireAuthorization();
        app.MapPost("/desk/sources/{id:long}/refresh", DeskSources.Refresh).RequireAuthorization();
        app.MapGet("/desk/opml", DeskSources.ExportOpml).RequireAuthorization();
        app.MapPost("/desk/opml", DeskSources.ImportOpml).RequireAuthorization();
        app.MapGet("/desk/articles/{id:long}", DeskCorrections.ArticlePage).RequireAuthorization();
        app.MapPost("/desk/articles/{id:long}/tags", DeskCorrections.AddTag).RequireAuthorization();
        app.MapPost("/desk/articles/{id:long}/tags/remove", DeskCorrections.RemoveTag).RequireAuthorization();
        app.MapPost("/desk/articles/{id:long}/split", DeskCorrections.Split).RequireAuthorization();
        app.MapPost("/desk/stories/merge", DeskCorrections.Merge).RequireAuthorization();
        app.MapPost("/desk/tokens", DeskTokens.Create).RequireAuthorization();
        app.MapPost("/desk/tokens/{id:long}/revoke", DeskTokens.Revoke).RequireAuthorization();
    }

    static IResult LoginPage(HttpContext http, IAntiforgery af, WebOptions options, string? error, int status) =>
        Layout.Page(options.SiteName, "Sign in", "<h1>Editor's desk: sign in</h1>\n" +
            (error is null ? "" : $"<p class=\"error\" role=\"alert\">{Html.E(error)}</p>\n") +
            "<form method=\"post\" action=\"/desk/login\">" + DeskForms.Token(http, af) +
            "<p><label for=\"user\">Name</label> <input id=\"user\" name=\"name\" autocomplete=\"username\" required></p>" +
            "<p><label for=\"password\">Password</label> <input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required></p>" +
            "<p><button>Sign in</button></p></form>", status: status);

    static async Task<IResult> Login(HttpContext http, IAntiforgery af, ICaravanStore store, WebOptions options, CancellationToken ct)
    {
        if (!await af.IsRequestValidAsync(http)) return DeskForms.BadToken(options);
        var form = await http.Request.ReadFormAsync(ct);
        var name = form["name"].ToString().Trim();
        var user = name.Length == 0 ? null : await store.GetUserAsync(name, ct);
        // Hash even for an unknown name, so the answer takes as long either way.
        var ok = PasswordHasher.Verify(form["password"].ToString(), user?.PasswordHash ?? UnknownUserHash.Value) && user is not null;
        if (!ok) return LoginPage(http, af, options, "Wrong name or password.", 401);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, user!.Name)], CookieAuthenticationDefaults.AuthenticationScheme);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return Results.Redirect("/desk");
    }

    static readonly Lazy<string> UnknownUserHash = new(() => PasswordHasher.Hash(Guid.NewGuid().ToString()));

    static async Task<IResult> Logout(HttpContext http, IAntiforgery af, WebOptions options)
    {
        if (!await af.IsRequestValidAsync(http)) return DeskForms.BadToken(options);
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect("/");
    }
}
