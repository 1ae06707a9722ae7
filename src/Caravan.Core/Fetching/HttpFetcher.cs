using System.Net;

namespace Caravan.Fetching;

/// <summary>
/// Fetches feeds and article pages politely and safely: conditional GET, redirects followed by hand,
/// per-host limits, robots.txt for article pages, an address guard at connect time, and every
/// outcome returned as a <see cref="FetchResult"/> value.
/// </summary>
public sealed class HttpFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly TimeProvider _time;
    private readonly HttpClient _client;
    private readonly HostGate _gate;
    private readonly RobotsCache _robots;

    public HttpFetcher(FetchOptions options, TimeProvider time, IHostResolver? resolver = null)
    {
        options.Validate();
        _options = options;
        _time = time;
        var connector = new GuardedConnector(options.ParseAllowedHosts(), resolver ?? DnsHostResolver.Instance);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false, // Caravan follows redirects itself to tell 301/308 from 302/303/307.
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.ConnectTimeout,
            ConnectCallback = connector.ConnectAsync,
            UseProxy = false, // a proxy would connect on Caravan's behalf, past the address guard.
            UseCookies = false,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(options.PooledConnectionIdleSeconds),
            PooledConnectionLifetime = TimeSpan.FromMinutes(5), // re-resolve (and re-check) hosts now and then
            MaxResponseDrainSize = 64 * 1024, // an abandoned endless body is cut, not drained
            ResponseDrainTimeout = TimeSpan.FromSeconds(1),
            MaxResponseHeadersLength = 64, // KiB
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", options.UserAgent);
        _gate = new HostGate(options.PerHostConcurrency, options.MinDelayBetweenRequestsToHost, time);
        _robots = new RobotsCache(options, time, FetchRobotsAsync);
    }

    public FetchOptions Options => _options;

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken ct)
    {
        var started = _time.GetTimestamp();
        var result = await FollowRedirectsAsync(request, ct).ConfigureAwait(false);
        return result with { Duration = _time.GetElapsedTime(started) };
    }

    private async Task<FetchResult> FollowRedirectsAsync(FetchRequest request, CancellationToken ct)
    {
        var url = request.Url;
        var visited = new HashSet<string>(StringComparer.Ordinal) { url.AbsoluteUri };
        Uri? permanentTarget = null;
        var onlyPermanentSoFar = true;
        // The total timeout covers the whole redirect chain, so redirects cannot stretch it.
        var budget = _options.Timeout;
        for (var hop = 0; ; hop++)
        {
            if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
                return new FetchResult.Refused($"only http and https are fetched, not {url.Scheme}") { FinalUrl = url };
            if (request.Purpose == FetchPurpose.ArticlePage || _options.RespectRobotsForFeeds)
            {
                if (!await _robots.IsAllowedAsync(url, ct).ConfigureAwait(false))
                    return new FetchResult.Refused($"robots.txt of {url.Authority} disallows {url.AbsolutePath}") { FinalUrl = url };
            }
            var answer = await ResponseReader.SendAsync(this, url, request, budget, ct).ConfigureAwait(false);
            budget -= answer.Spent;
            if (answer.RedirectTo is not { } location)
            {
                var final = answer.Result! with { FinalUrl = url };
                return permanentTarget is null
                    ? final
                    : new FetchResult.MovedPermanently(permanentTarget, final) { HttpStatus = final.HttpStatus, Bytes = final.Bytes, FinalUrl = url };
            }
            if (budget <= TimeSpan.Zero)
                return new FetchResult.TimedOut($"no complete answer within {_options.TimeoutSeconds:0.###} s across redirects") { HttpStatus = answer.HttpStatus, FinalUrl = url };
            if (hop >= _options.MaxRedirects)
                return new FetchResult.Failed($"more than {_options.MaxRedirects} redirects") { HttpStatus = answer.HttpStatus, FinalUrl = url };
            if (!Uri.TryCreate(url, location, out var next))
                return new FetchResult.Failed($"redirect to an invalid URL '{location}'") { HttpStatus = answer.HttpStatus, FinalUrl = url };
            if (!visited.Add(next.AbsoluteUri))
                return new FetchResult.Failed($"redirect loop at {next}") { HttpStatus = answer.HttpStatus, FinalUrl = url };
            // RFC 9110 §15.4.2/§15.4.9: only 301 and 308 say "use the new URL from now on", and only
            // while every hop before them was permanent too.
            onlyPermanentSoFar &= answer.HttpStatus is 301 or 308;
            if (onlyPermanentSoFar) permanentTarget = next;
            url = next;
        }
    }

    internal HttpClient Client => _client;
    internal HostGate Gate => _gate;
    internal TimeProvider Time => _time;

    private Task<FetchResult> FetchRobotsAsync(Uri robotsUrl, CancellationToken ct) =>
        // As an article page: no content sniffing; the cache itself lets /robots.txt through (RFC 9309 §2.2.2).
        FollowRedirectsAsync(new FetchRequest(robotsUrl, Purpose: FetchPurpose.ArticlePage), ct);

    public void Dispose() => _client.Dispose();
}
