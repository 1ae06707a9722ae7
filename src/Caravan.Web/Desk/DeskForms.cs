using Caravan.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Desk;

/// <summary>What every desk form shares: the hidden anti-forgery field and the answer to a missing or wrong one.</summary>
static class DeskForms
{
    public static string Token(HttpContext http, IAntiforgery af)
    {
        var tokens = af.GetAndStoreTokens(http);
        return $"<input type=\"hidden\" name=\"{Html.E(tokens.FormFieldName)}\" value=\"{Html.E(tokens.RequestToken)}\">";
    }

    public static IResult BadToken(WebOptions options) =>
        Layout.Page(options.SiteName, "Bad request", "<h1>Bad request</h1><p>The form has expired or did not come from this site; reload it and try again.</p>", status: 400);
}
