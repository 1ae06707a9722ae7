using Caravan.Fetching;
using Caravan.Ingest;
using Caravan.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Caravan.Cli;

/// <summary>
/// What the verbs share: configuration (appsettings.json beside the binary, then in the working
/// folder, then CARAVAN_* environment variables), the clock, the store and the pipeline's parts.
/// </summary>
internal static class CliServices
{
    public static IConfiguration Configuration { get; } = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
        .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
        .AddEnvironmentVariables("CARAVAN_")
        .Build();

    public static TimeProvider Time => TimeProvider.System;

    /// <summary>Warnings and errors, on stderr.</summary>
    public static ILoggerFactory Logging { get; } = LoggerFactory.Create(b => b
        .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
        .AddSimpleConsole(o => o.SingleLine = true)
        .SetMinimumLevel(LogLevel.Warning));

    public static FetchOptions FetchOptions(string? extraAllowedHost = null)
    {
        var o = Configuration.GetSection(Fetching.FetchOptions.SectionName).Get<FetchOptions>() ?? new FetchOptions();
        if (extraAllowedHost is not null)
            o = o with { AllowedHosts = string.IsNullOrWhiteSpace(o.AllowedHosts) ? extraAllowedHost : o.AllowedHosts + "," + extraAllowedHost };
        try { o.Validate(); }
        catch (ArgumentException e) { throw new UserError($"configuration: {e.Message}"); }
        return o;
    }

    public static IngestOptions IngestOptions()
    {
        var o = Configuration.GetSection(Ingest.IngestOptions.SectionName).Get<IngestOptions>() ?? new IngestOptions();
        try { o.Validate(); }
        catch (ArgumentException e) { throw new UserError($"configuration: {e.Message}"); }
        return o;
    }

    public static ScheduleOptions ScheduleOptions()
    {
        var o = Configuration.GetSection(Ingest.ScheduleOptions.SectionName).Get<ScheduleOptions>() ?? new ScheduleOptions();
        try { o.Validate(); }
        catch (ArgumentException e) { throw new UserError($"configuration: {e.Message}"); }
        return o;
    }

    public static async Task<ICaravanStore> OpenStoreAsync(string db, CancellationToken ct)
    {
        try
        {
            return await StoreFactory.OpenAsync(db, Time, ct);
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException or IOException or UnauthorizedAccessException
                                   or Microsoft.Data.Sqlite.SqliteException or System.Data.Common.DbException
                                   or System.Net.Sockets.SocketException or TimeoutException or FormatException)
        {
            throw new UserError($"cannot open the store '{db}': {e.Message}");
        }
    }

    /// <summary>The pipeline for one process: one fetcher (its connection pool and per-host gates) shared by all refreshes.</summary>
    public static Pipeline Pipeline(ICaravanStore store, FetchOptions fetch, IngestOptions ingest)
    {
        var schedule = ScheduleOptions();
        var fetcher = new HttpFetcher(fetch, Time);
        var linker = new ArticleLinker(store, Time, log: Logging.CreateLogger("linking"));
        var refresher = new FeedRefresher(store, fetcher, new RefreshSchedule(schedule), Time, ingest, Logging.CreateLogger("ingest"), linker);
        // The scheduler's refreshes only store; its linking loop links beside them, so no fetch slot waits for the linker.
        var storing = new FeedRefresher(store, fetcher, new RefreshSchedule(schedule), Time, ingest, Logging.CreateLogger("ingest"));
        var scheduler = new FetchScheduler(store, storing.RefreshAsync, schedule, Time, Logging.CreateLogger("scheduler")) { Linker = linker };
        return new Pipeline(fetcher, refresher, new SourceRunner(refresher, ingest), scheduler);
    }
}

/// <summary>The ingest parts one process shares; dispose to release the fetcher's connections.</summary>
internal sealed record Pipeline(HttpFetcher Fetcher, FeedRefresher Refresher, SourceRunner Runner, FetchScheduler Scheduler) : IDisposable
{
    public void Dispose() => Fetcher.Dispose();
}
