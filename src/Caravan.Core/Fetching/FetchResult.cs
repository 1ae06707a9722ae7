namespace Caravan.Fetching;

/// <summary>The closed set of outcomes of one fetch, as values (never exceptions).</summary>
public abstract record FetchResult
{
    /// <summary>Short machine name stored in fetch_attempts.status.</summary>
    public abstract string Status { get; }
    public int? HttpStatus { get; init; }
    public TimeSpan Duration { get; init; }
    public long Bytes { get; init; }
    /// <summary>Final URL after temporary redirects.</summary>
    public Uri? FinalUrl { get; init; }

    /// <summary>200 with a body.</summary>
    public sealed record Fetched(byte[] Body, string? ContentType, string? Charset, string? ETag, string? LastModified, TimeSpan? MaxAge, DateTimeOffset? Expires) : FetchResult
    { public override string Status => "fetched"; }

    /// <summary>304: the stored copy is current.</summary>
    public sealed record NotModified(string? ETag, string? LastModified) : FetchResult
    { public override string Status => "not-modified"; }

    /// <summary>301/308 to a new URL; the body at the new URL is in Result.</summary>
    public sealed record MovedPermanently(Uri NewUrl, FetchResult Result) : FetchResult
    { public override string Status => "moved"; }

    /// <summary>410: the outlet says the feed is gone for good.</summary>
    public sealed record Gone() : FetchResult
    { public override string Status => "gone"; }

    /// <summary>429 or 503 with Retry-After.</summary>
    public sealed record RateLimited(DateTimeOffset? RetryAfter) : FetchResult
    { public override string Status => "rate-limited"; }

    public sealed record ServerError(string Reason) : FetchResult
    { public override string Status => "server-error"; }

    public sealed record TimedOut(string Reason) : FetchResult
    { public override string Status => "timeout"; }

    public sealed record TooLarge(long LimitBytes) : FetchResult
    { public override string Status => "too-large"; }

    /// <summary>An HTML page where a feed was expected, with the feeds it advertises.</summary>
    public sealed record NotAFeed(IReadOnlyList<Uri> FeedLinks) : FetchResult
    { public override string Status => "not-a-feed"; }

    /// <summary>Refused before any packet was sent (SSRF guard, scheme, robots.txt).</summary>
    public sealed record Refused(string Reason) : FetchResult
    { public override string Status => "refused"; }

    /// <summary>Anything else that went wrong (DNS, TLS, 4xx, redirect loop), with the reason.</summary>
    public sealed record Failed(string Reason) : FetchResult
    { public override string Status => "failed"; }
}
