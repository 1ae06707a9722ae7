using System.Net.Http.Headers;
using System.Text;
using Caravan.Parsing;

namespace Caravan.Fetching;

/// <summary>The answer to one request: either a redirect to follow or a final result.</summary>
internal readonly record struct HopAnswer(FetchResult? Result, string? RedirectTo, int? HttpStatus)
{
    /// <summary>Time spent on the request itself, not waiting for the host's turn.</summary>
    public TimeSpan Spent { get; init; }
}

/// <summary>Sends one GET (no redirects) through the host gate and turns the response into a value.</summary>
internal static class ResponseReader
{
    private const string FeedAccept =
        "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";
    private const string PageAccept = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

    /// <summary>One request within what is left of the fetch's total time, <paramref name="budget"/>.</summary>
    public static async Task<HopAnswer> SendAsync(HttpFetcher fetcher, Uri url, FetchRequest request, TimeSpan budget, CancellationToken ct)
    {
        using var lease = await fetcher.Gate.EnterAsync(url.IdnHost, ct).ConfigureAwait(false);
        var started = fetcher.Time.GetTimestamp();
        var answer = await SendInsideGateAsync(fetcher, url, request, budget, ct).ConfigureAwait(false);
        return answer with { Spent = fetcher.Time.GetElapsedTime(started) };
    }

    private static async Task<HopAnswer> SendInsideGateAsync(HttpFetcher fetcher, Uri url, FetchRequest request, TimeSpan budget, CancellationToken ct)
    {
        var options = fetcher.Options;
        using var timeout = new CancellationTokenSource(budget, fetcher.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        using var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("Accept", request.Purpose == FetchPurpose.Feed ? FeedAccept : PageAccept);
        // RFC 9110 §13.1.1/§13.1.3: send the validators exactly as the server gave them.
        if (request.ETag is { Length: > 0 } etag) message.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (request.LastModified is { Length: > 0 } lastModified) message.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
        try
        {
            using var response = await fetcher.Client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is 301 or 302 or 303 or 307 or 308)
            {
                var location = response.Headers.Location?.OriginalString;
                return location is null
                    ? Final(new FetchResult.Failed($"HTTP {status} without a Location header") { HttpStatus = status }, status)
                    : new HopAnswer(null, location, status);
            }
            return Final(await ReadFinalAsync(fetcher, response, request, url, linked.Token).ConfigureAwait(false), status);
        }
        catch (Exception) when (ct.IsCancellationRequested)
        {
            throw new OperationCanceledException(ct);
        }
        catch (Exception) when (timeout.IsCancellationRequested)
        {
            return Final(new FetchResult.TimedOut($"no complete answer within {options.TimeoutSeconds:0.###} s"), null);
        }
        catch (Exception e) when (Find<AddressRefusedException>(e) is { } refused)
        {
            return Final(new FetchResult.Refused(refused.Message), null);
        }
        catch (Exception e) when (e is OperationCanceledException || Find<TimeoutException>(e) is not null)
        {
            // Neither the caller nor the total timeout: SocketsHttpHandler's connect timeout.
            return Final(new FetchResult.TimedOut($"could not connect within {options.ConnectTimeoutSeconds:0.###} s"), null);
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidDataException)
        {
            return Final(new FetchResult.Failed(Describe(e)), null);
        }
    }

    private static async Task<FetchResult> ReadFinalAsync(HttpFetcher fetcher, HttpResponseMessage response, FetchRequest request, Uri url, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var headers = response.Headers;
        switch (status)
        {
            case 304:
                return new FetchResult.NotModified(headers.ETag?.ToString() ?? request.ETag,
                    response.Content.Headers.LastModified?.ToString("R") ?? request.LastModified) { HttpStatus = status };
            case 410:
                return new FetchResult.Gone() { HttpStatus = status };
            case 429:
            case 503 when headers.RetryAfter is not null:
                return new FetchResult.RateLimited(RetryAt(headers.RetryAfter, fetcher.Time)) { HttpStatus = status };
            case >= 500:
                return new FetchResult.ServerError($"HTTP {status} {response.ReasonPhrase}".TrimEnd()) { HttpStatus = status };
            case < 200 or >= 300:
                return new FetchResult.Failed($"HTTP {status} {response.ReasonPhrase}".TrimEnd()) { HttpStatus = status };
        }
        var limit = fetcher.Options.MaxBodyBytes;
        var body = await LimitedBodyReader.ReadAsync(response.Content, limit, ct).ConfigureAwait(false);
        if (body is null) return new FetchResult.TooLarge(limit) { HttpStatus = status };
        var contentType = response.Content.Headers.ContentType;
        var charset = contentType?.CharSet?.Trim('"');
        if (request.Purpose == FetchPurpose.Feed)
        {
            var kind = ContentSniffer.Sniff(body, contentType?.MediaType);
            if (kind == SniffedKind.Html)
                return new FetchResult.NotAFeed(FeedLinks(body, charset, url)) { HttpStatus = status, Bytes = body.Length };
            if (kind == SniffedKind.Binary)
                return new FetchResult.NotAFeed([]) { HttpStatus = status, Bytes = body.Length };
        }
        return new FetchResult.Fetched(body, contentType?.MediaType, charset, headers.ETag?.ToString(),
            response.Content.Headers.LastModified?.ToString("R"), headers.CacheControl?.MaxAge, response.Content.Headers.Expires)
        { HttpStatus = status, Bytes = body.Length };
    }

    /// <summary>RFC 9110 §10.2.3: Retry-After is either a delay in seconds or an HTTP-date.</summary>
    private static DateTimeOffset? RetryAt(RetryConditionHeaderValue? retryAfter, TimeProvider time) => retryAfter switch
    {
        { Delta: { } delta } => time.GetUtcNow() + delta,
        { Date: { } date } => date,
        _ => null,
    };

    /// <summary>The feeds an HTML page advertises (RSS Autodiscovery), as absolute http(s) URLs.</summary>
    private static IReadOnlyList<Uri> FeedLinks(byte[] html, string? charset, Uri pageUrl)
    {
        Encoding encoding;
        try { encoding = charset is null ? Encoding.UTF8 : Encoding.GetEncoding(charset); }
        catch (ArgumentException) { encoding = Encoding.UTF8; }
        return HtmlFeedLinks.Find(encoding.GetString(html), pageUrl)
            .Select(link => Uri.TryCreate(link, UriKind.Absolute, out var url) ? url : null)
            .OfType<Uri>()
            .Where(url => url.Scheme is "http" or "https")
            .ToList();
    }

    private static HopAnswer Final(FetchResult result, int? status) => new(result, null, status);

    private static T? Find<T>(Exception e) where T : Exception
    {
        for (Exception? current = e; current is not null; current = current.InnerException)
            if (current is T match) return match;
        return null;
    }

    private static string Describe(Exception e)
    {
        var innermost = e;
        while (innermost.InnerException is not null) innermost = innermost.InnerException;
        return innermost == e ? e.Message : $"{e.Message} ({innermost.Message})";
    }
}
