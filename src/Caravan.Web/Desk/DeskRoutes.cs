using System.Security.Claims;
using Caravan.Model;
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

/// <summary>/desk: sign in, list sources, add, disable and enable them. Every POST checks its anti-forgery token.</summary>
static class DeskRoutes
{
    public static void MapDesk(this IEndpointRouteBuilder app)
    {
        app.MapGet("/desk/login", (HttpContext http, IAntiforgery af, WebOptions options) => LoginPage(http, af, options, null, 200));
        app.MapPost("/desk/login", Login).RequireRateLimiting(ApiSetup.LoginPolicy);
        app.MapPost("/desk/logout", Logout).RequireAuthorization();
        app.MapGet("/desk", DeskPage.Render).RequireAuthorization();
        app.MapPost("/desk/sources", AddSource).RequireAuthorization();
        app.MapPost("/desk/sources/{id:long}/enabled", SetEnabled).RequireAuthorization();
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

    static async Task<IResult> AddSource(HttpContext http, IAntiforgery af, ICaravanStore store, WebOptions options, CancellationToken ct)
    {
        if (!await af.IsRequestValidAsync(http)) return DeskForms.BadToken(options);
        var form = await http.Request.ReadFormAsync(ct);
        var name = form["name"].ToString().Trim();
        if (name.Length == 0 || !Uri.TryCreate(form["feedUrl"].ToString().Trim(), UriKind.Absolute, out var feed) || feed.Scheme is not ("http" or "https"))
            return Layout.Page(options.SiteName, "Bad request", "<h1>Bad request</h1><p>A source needs a name and an http(s) feed URL.</p><p><a href=\"/desk\">Back to the desk</a></p>", status: 400);
        var country = form["country"].ToString().Trim();
        await store.AddSourceAsync(new Source
        {
            Name = name, FeedUrl = feed, CountryHint = country.Length == 0 ? null : country.ToUpperInvariant(), CreatedAt = DateTimeOffset.UtcNow,
        }, ct);
        return Results.Redirect("/desk");
    }

    static async Task<IResult> SetEnabled(long id, HttpContext http, IAntiforgery af, ICaravanStore store, WebOptions options, CancellationToken ct)
    {
        if (!await af.IsRequestValidAsync(http)) return DeskForms.BadToken(options);
        var source = await store.GetSourceAsync(id, ct);
        if (source is null) return Layout.NotFound(options.SiteName, $"There is no source {id}.");
        var form = await http.Request.ReadFormAsync(ct);
        await store.UpdateSourceAsync(source with { Enabled = form["enabled"] == "true" }, ct);
        return Results.Redirect("/desk");
    }
}
