using Caravan.Storage;
using Caravan.Web.Api;
using Caravan.Web.Caching;
using Caravan.Web.Desk;
using Caravan.Web.Digests;
using Caravan.Web.Feeds;
using Caravan.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Caravan.Web;

/// <summary>Where the web UI listens and what it calls itself.</summary>
public sealed record WebOptions
{
    /// <summary>Kestrel URL; port 0 picks a free port.</summary>
    public string Url { get; init; } = "http://127.0.0.1:5080";
    public string SiteName { get; init; } = "Caravan";
    /// <summary>The address readers use (behind a proxy); links in feeds and the API are made absolute with it. Null: the request's own host.</summary>
    public Uri? PublicUrl { get; init; }
    /// <summary>Anonymous /api/v1 requests allowed per client address per minute.</summary>
    public int ApiRequestsPerMinute { get; init; } = 120;
    /// <summary>Desk sign-in attempts allowed per client address per minute.</summary>
    public int LoginAttemptsPerMinute { get; init; } = 5;
    /// <summary>Longest a generated page or feed is served from the render cache; 0 turns the cache off.</summary>
    public int RenderCacheSeconds { get; init; } = 60;
}

/// <summary>Composes the web application: the store, the pages, the assets.</summary>
public static class WebApp
{
    /// <param name="ingest">Discovery and refresh for the desk and the write API; null in a process that does not fetch.</param>
    public static WebApplication Create(WebOptions options, ICaravanStore store, Action<WebApplicationBuilder>? configure = null, DeskIngest? ingest = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Url);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        // Logs go to stderr so stdout stays clean for the CLI's own output.
        builder.Logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<RenderCache>();
        builder.Services.AddSingleton<SourceDirectory>();
        builder.Services.AddApi(options);
        builder.Services.AddDesk();
        if (ingest is not null) builder.Services.AddSingleton(ingest);
        builder.Services.TryAddSingleton(TimeProvider.System);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseServerTiming();
        app.UseApi();
        app.UseDesk();
        app.MapPages();
        app.MapApi();
        app.MapFeeds();
        app.MapDigests();
        app.MapDesk();
        return app;
    }

    /// <summary>The address Kestrel actually bound (after port 0 was resolved).</summary>
    public static string BoundUrl(this WebApplication app) =>
        app.Urls.FirstOrDefault() ?? throw new InvalidOperationException("The web app is not listening yet.");
}
