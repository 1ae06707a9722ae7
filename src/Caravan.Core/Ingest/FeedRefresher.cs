using Caravan.Cleaning;
using Caravan.Fetching;
using Caravan.Model;
using Caravan.Parsing;
using Caravan.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Caravan.Ingest;

/// <summary>
/// Refreshes one source: fetch → parse → clean (and fetch the full page of a teaser) → tag → store
/// → link (duplicates, copies, versions, stories), in that order, with the fetch's outcome written in
/// one transaction. The scheduler, the CLI, the
/// web button and the API all call <see cref="RefreshAsync"/>.
/// </summary>
public sealed class FeedRefresher(ICaravanStore store, HttpFetcher fetcher, TimeProvider time, IngestOptions options, ILogger? log = null, ArticleLinker? linker = null)
{
    readonly ILogger _log = log ?? NullLogger.Instance;

    public async Task<RefreshReport> RefreshAsync(Source source, CancellationToken ct)
    {
        var startedAt = time.GetUtcNow();
        var state = source.FetchState;
        var result = await fetcher.FetchAsync(new FetchRequest(source.FeedUrl, state.ETag, state.LastModified, FetchPurpose.Feed), ct);

        Uri? newFeedUrl = null;
        if (result is FetchResult.MovedPermanently moved)
        {
            var count = state.PendingRedirect == moved.NewUrl.AbsoluteUri ? state.PendingRedirectCount + 1 : 1;
            // A 301 is trusted only once it has been seen consistently: outlets misconfigure redirects for a day.
            if (count >= options.RedirectConfirmations) { newFeedUrl = moved.NewUrl; state = state with { PendingRedirect = null, PendingRedirectCount = 0 }; }
            else state = state with { PendingRedirect = moved.NewUrl.AbsoluteUri, PendingRedirectCount = count };
            result = moved.Result;
        }

        var drafts = new List<ArticleDraft>();
        string? error = null;
        var disable = false;
        ParsedFeed? feed = null;
        switch (result)
        {
            case FetchResult.Fetched f:
                feed = FeedParser.Parse(f.Body, result.FinalUrl ?? source.FeedUrl, f.ContentType);
                if (!feed.IsFeed)
                    error = feed.FeedLinks.Count > 0
                        ? $"the URL serves an HTML page, not a feed; it advertises: {string.Join(", ", feed.FeedLinks.Take(3))}"
                        : "the URL does not serve a feed" + (feed.Problems.Count > 0 ? ": " + feed.Problems[0] : "");
                else
                    drafts = await BuildDraftsAsync(feed, source, result.FinalUrl ?? source.FeedUrl, ct);
                state = state with { ETag = f.ETag, LastModified = f.LastModified };
                break;
            case FetchResult.NotModified nm:
                state = state with { ETag = nm.ETag ?? state.ETag, LastModified = nm.LastModified ?? state.LastModified };
                break;
            case FetchResult.Gone:
                error = "the outlet answered 410 Gone: the feed was removed";
                disable = true;
                break;
            case FetchResult.NotAFeed naf:
                error = naf.FeedLinks.Count > 0
                    ? $"the URL serves an HTML page, not a feed; it advertises: {string.Join(", ", naf.FeedLinks.Take(3))}"
                    : "the URL serves an HTML page, not a feed";
                break;
            default:
                error = Describe(result);
                break;
        }

        var now = time.GetUtcNow();
        var failures = error is null ? 0 : state.ConsecutiveFailures + 1;
        state = state with
        {
            LastAttemptAt = startedAt,
            LastSuccessAt = error is null ? now : state.LastSuccessAt,
            ConsecutiveFailures = failures,
            LastError = error,
            Broken = failures >= BrokenAfterFailures,
            DisabledReason = disable ? error : state.DisabledReason,
            NextCheckAt = NextCheckAt(now, failures, feed, result),
        };
        var outcome = await store.SaveBatchAsync(new IngestBatch
        {
            SourceId = source.Id,
            Attempt = new FetchAttempt
            {
                At = startedAt, Status = error is not null && result is FetchResult.Fetched ? "not-a-feed" : result.Status,
                HttpStatus = result.HttpStatus, DurationMs = result.Duration.TotalMilliseconds, Bytes = result.Bytes,
                ItemsSeen = drafts.Count, ItemsNew = 0, Error = error,
            },
            NewState = state,
            NewFeedUrl = newFeedUrl,
            Disable = disable,
            Articles = drafts,
        }, ct);
        if (linker is not null)
            await linker.LinkAsync(outcome.Drafts.Where(d => d.Change != ArticleChange.Unchanged).Select(d => d.ArticleId).ToList(), ct);
        if (error is not null) _log.LogWarning("{Source}: {Error}", source.Name, error);
        return new RefreshReport(source.Id, source.Name, result.Status, drafts.Count, outcome.New, outcome.Updated, outcome.Unchanged, error);
    }

    async Task<List<ArticleDraft>> BuildDraftsAsync(ParsedFeed feed, Source source, Uri baseUrl, CancellationToken ct)
    {
        var drafts = new List<ArticleDraft>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in feed.Items.Take(options.MaxItemsPerFeed))
        {
            // A feed that lists one entry twice gives one article.
            if (!seen.Add(item.Key)) continue;
            var itemBase = Uri.TryCreate(item.Link, UriKind.Absolute, out var link) ? link : baseUrl;
            var cleaned = FeedItemCleaner.Clean(item.Content ?? item.Summary, item.Title, itemBase);
            FullText? full = null;
            await Task.CompletedTask; // PENDING-EXTRACTION
            drafts.Add(ArticleDrafts.FromItem(item, source, cleaned, full));
        }
        return drafts;
    }

    const int BrokenAfterFailures = 10;

    DateTimeOffset NextCheckAt(DateTimeOffset now, int failures, ParsedFeed? feed, FetchResult result)
    {
        if (failures == 0) return now.AddMinutes(feed?.TtlMinutes is > 0 and var ttl ? Math.Max(ttl, 30) : 30);
        if (result is FetchResult.RateLimited { RetryAfter: { } retry } && retry > now) return retry;
        return now.AddMinutes(Math.Min(30 * Math.Pow(2, failures - 1), 24 * 60));
    }

    static string Describe(FetchResult r) => r switch
    {
        FetchResult.RateLimited rl => "rate limited by the outlet" + (rl.RetryAfter is { } t ? $" until {t:u}" : ""),
        FetchResult.ServerError se => $"server error: {se.Reason}",
        FetchResult.TimedOut to => $"timed out: {to.Reason}",
        FetchResult.TooLarge tl => $"the response is larger than the limit of {tl.LimitBytes} bytes",
        FetchResult.Refused rf => $"refused: {rf.Reason}",
        FetchResult.Failed f => f.Reason,
        _ => r.Status,
    };
}
