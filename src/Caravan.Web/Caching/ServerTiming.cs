using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Builder;

namespace Caravan.Web.Caching;

/// <summary>
/// Every answer says how long the server took to start it, as a W3C Server Timing header
/// (<c>Server-Timing: app;dur=0.84</c>, milliseconds): browsers' developer tools show it, and the web-latency
/// bench reads it to tell server time from the client's and the network's.
/// </summary>
static class ServerTiming
{
    public static void UseServerTiming(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var start = Stopwatch.GetTimestamp();
        http.Response.OnStarting(() =>
        {
            var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            http.Response.Headers["Server-Timing"] = "app;dur=" + ms.ToString("0.###", CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        await next(http);
    });
}
