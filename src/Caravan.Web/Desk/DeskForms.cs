using Caravan.Web.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Desk;

/// <summary>What every desk form shares: the hidden anti-forgery field and the answers to a missing token or bad input.</summary>
static class DeskForms
{
    public static string Token(HttpContext http, IAntiforgery af)
    {
        var tokens = af.GetAndStoreTokens(http);
        return $"<input type=\"hidden\" name=\"{Html.E(tokens.FormFieldName)}\" value=\"{Html.E(tokens.RequestToken)}\">";
    }

    public static IResult BadToken(WebOptions options) =>
        Layout.Page(options.SiteName, "Bad request", "<h1>Bad request</h1><p>The form has expired or did not come from this site; reload it and try again.</p>", status: 400);

    /// <summary>A desk action that could not be done, with the reason and the way back.</summary>
    public static IResult Problem(WebOptions options, string reason, int status) =>
        Layout.Page(options.SiteName, status == 400 ? "Bad request" : "Not done",
            $"<h1>{(status == 400 ? "Bad request" : "Not done")}</h1>\n<p class=\"error\" role=\"alert\">{Html.E(reason)}</p>\n<p><a href=\"/desk\">Back to the desk</a></p>", status: status);

    /// <summary>The editor signed in to this request.</summary>
    public static string Editor(HttpContext http) => http.User.Identity?.Name ?? throw new InvalidOperationException("The desk needs a signed-in editor.");
}
