namespace Caravan.Fetching;

/// <summary>The feeds found for a site URL, or why none were.</summary>
public sealed record FeedDiscoveryResult(IReadOnlyList<Uri> Feeds, string? Problem)
{
    public bool Found => Feeds.Count > 0;
}

/// <summary>
/// Turns a site URL into feed URLs, the way readers do: the URL itself if it is a feed, else the
/// page's &lt;link rel="alternate"&gt; feeds (RSS Autodiscovery), else the first of the common feed
/// paths that serves a feed. Every request goes through the fetcher, so the guard and politeness hold.
/// </summary>
public sealed class FeedDiscovery(HttpFetcher fetcher)
{
    /// <summary>Where publishing systems put feeds (WordPress, Ghost, Hugo, Jekyll, Drupal, JSON Feed).</summary>
    public static IReadOnlyList<string> CommonPaths { get; } = ["/feed", "/rss.xml", "/atom.xml", "/feed.json", "/index.xml", "/feed.xml", "/rss"];

    public async Task<FeedDiscoveryResult> DiscoverAsync(Uri siteUrl, CancellationToken ct)
    {
        var page = await fetcher.FetchAsync(new FetchRequest(siteUrl), ct).ConfigureAwait(false);
        var (outcome, url) = page is FetchResult.MovedPermanently moved ? (moved.Result, moved.NewUrl) : (page, siteUrl);
        switch (outcome)
        {
            case FetchResult.Fetched fetched when ContentSniffer.Sniff(fetched.Body, fetched.ContentType) == SniffedKind.Feed:
                return new FeedDiscoveryResult([url], null);
            case FetchResult.NotAFeed { FeedLinks.Count: > 0 } html:
                return new FeedDiscoveryResult(html.FeedLinks, null);
            case FetchResult.Refused or FetchResult.TimedOut or FetchResult.Gone:
                return new FeedDiscoveryResult([], $"{siteUrl}: {Describe(outcome)}");
            case FetchResult.Failed { HttpStatus: null }:
                return new FeedDiscoveryResult([], $"{siteUrl}: {Describe(outcome)}"); // DNS, TLS, connection: the site is unreachable
        }
        var root = new Uri(outcome.FinalUrl ?? url, "/");
        foreach (var path in CommonPaths)
        {
            var candidate = new Uri(root, path);
            var probe = await fetcher.FetchAsync(new FetchRequest(candidate), ct).ConfigureAwait(false);
            var (probed, probedUrl) = probe is FetchResult.MovedPermanently m ? (m.Result, m.NewUrl) : (probe, candidate);
            if (probed is FetchResult.Fetched f && ContentSniffer.Sniff(f.Body, f.ContentType) == SniffedKind.Feed)
                return new FeedDiscoveryResult([probedUrl], null);
        }
        return new FeedDiscoveryResult([], $"{siteUrl} advertises no feed and none was found at {string.Join(", ", CommonPaths)}");
    }

    private static string Describe(FetchResult result) => result switch
    {
        FetchResult.Refused r => $"refused: {r.Reason}",
        FetchResult.TimedOut t => $"timed out: {t.Reason}",
        FetchResult.Failed f => f.Reason,
        FetchResult.Gone => "gone (410)",
        _ => result.Status,
    };
}
