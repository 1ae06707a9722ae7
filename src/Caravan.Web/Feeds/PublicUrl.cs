using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Feeds;

/// <summary>The site's absolute base URL: the configured public URL, else the one the request came to.</summary>
static class PublicUrl
{
    public static Uri Of(HttpContext http, WebOptions options) =>
        options.PublicUrl ?? new Uri($"{http.Request.Scheme}://{http.Request.Host.Value}/");
}
