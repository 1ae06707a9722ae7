using Caravan.TestSupport;

namespace Caravan.Fetching;

/// <summary>Fetchers configured for tests: short limits, loopback allowed unless a test says otherwise.</summary>
internal static class FetcherFactory
{
    public static FetchOptions Options(string allowedHosts = "127.0.0.1") => new()
    {
        AllowedHosts = allowedHosts,
        TimeoutSeconds = 2,
        ConnectTimeoutSeconds = 1,
        MinDelayBetweenRequestsToHostMs = 0,
        MaxBodyBytes = 1024 * 1024,
    };

    public static HttpFetcher Create(FetchOptions? options = null, TimeProvider? time = null, IHostResolver? resolver = null) =>
        new(options ?? Options(), time ?? new ManualTimeProvider(), resolver);
}
