using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Caravan.Web.Desk;

/// <summary>The editor's desk: cookie sign-in, anti-forgery tokens on every form.</summary>
static class DeskSetup
{
    public static void AddDesk(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = "/desk/login";
            o.Cookie.Name = "caravan-desk";
            o.Cookie.HttpOnly = true;
            // SameSite=Strict: the desk cookie never rides along on a request started by another site.
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        services.AddAuthorization();
        services.AddAntiforgery(o => o.Cookie.Name = "caravan-af");
    }

    public static void UseDesk(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
    }
}
