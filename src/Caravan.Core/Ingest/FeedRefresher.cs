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
public sealed class FeedRefresher(ICaravanStore store, HttpFetcher fetcher, RefreshSchedule schedule, TimeProvider time, IngestOptions options, ILogger? log = null, ArticleLinker? linker = null)
{
    readonly ILogger _log = log ?? NullLogger.Instance;
    readonly FullTextLoader _fullText = new(fetcher);

    public async Task<RefreshReport> RefreshAsync(Source source, CancellationToken ct)
    {
        var startedAt = time.GetUtcNow();
        var state = source.FetchState;
        var result = await fetcher.FetchAsync(new FetchRequest(source.FeedUrl, state.ETag, state.LastModified, FetchPurpose.Feed), ct);

        var (redirectState, newFeedUrl) = PermanentRedirects.Observe(state, (result as FetchResult.MovedPermanently)?.NewUrl, options.RedirectConfirmations);
        state = redirectState;
        var outcome = result is FetchResult.MovedPermanently moved ? moved.Result : result;

        var drafts = new List<ArticleDraft>();
        string? error = null;
        var disable = false;
        ParsedFeed? feed = null;
        switch (outcome)
        {
            case FetchResult.Fetched f:
                feed = FeedParser.Parse(f.Body, outcome.FinalUrl ?? source.FeedUrl, f.ContentType);
                if (!feed.IsFeed)
                    error = feed.FeedLinks.Count > 0
                        ? $"the URL serves an HTML page, not a feed; it advertises: {string.Join(", ", feed.FeedLinks.Take(3))}"
                        : "the URL does not serve a feed" + (feed.Problems.Count > 0 ? ": " + feed.Problems[0] : "");
                else
                    drafts = await BuildDraftsAsync(feed, source, outcome.FinalUrl ?? source.FeedUrl, ct);
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
                error = Describe(outcome);
                break;
        }

        var now = time.GetUtcNow();
        var failures = error is null ? 0 : state.ConsecutiveFailures + 1;
        // Posting rate: the store's count of the last week, or the feed's own dates extrapolated to a week
        // when the feed lists only the last few hours of a busy outlet; a 304 keeps the previous interval.
        var stored = await store.CountArticlesSinceAsync(source.Id, now.AddDays(-7), ct);
        var perWeek = feed is { IsFeed: true } ? Math.Max(PostingRate.ItemsPerWeek(feed, now) ?? 0, stored) : stored;
        var previousInterval = source.FetchState.NextCheckAt - source.FetchState.LastAttemptAt;
        var inputs = ScheduleInputs.From(now, outcome, feed, perWeek, state.ConsecutiveFailures, previousInterval) with { ConsecutiveFailures = failures };
        state = state with
        {
            LastAttemptAt = startedAt,
            LastSuccessAt = error is null ? now : state.LastSuccessAt,
            ConsecutiveFailures = failures,
            LastError = error,
            Broken = schedule.IsBroken(failures),
            DisabledReason = disable ? error : state.DisabledReason,
            // An editor's fixed interval holds while the source is healthy; failures still back off.
            NextCheckAt = source.RefreshIntervalMinutes is { } minutes && error is null ? now.AddMinutes(minutes) : schedule.NextCheck(inputs),
        };
        var saved = await store.SaveBatchAsync(new IngestBatch
        {
            SourceId = source.Id,
            Attempt = new FetchAttempt
            {
                At = startedAt, Status = error is not null && outcome is FetchResult.Fetched ? "not-a-feed" : outcome.Status,
                HttpStatus = outcome.HttpStatus, DurationMs = result.Duration.TotalMilliseconds, Bytes = outcome.Bytes,
                ItemsSeen = drafts.Count, ItemsNew = 0, Error = error,
            },
            NewState = state,
            NewFeedUrl = newFeedUrl,
            Disable = disable,
            Articles = drafts,
        }, ct);
        if (linker is not null)
            await linker.LinkAsync(saved.Drafts.Where(d => d.Change != ArticleChange.Unchanged).Select(d => d.ArticleId).ToList(), ct);
        if (error is not null) _log.LogWarning("{Source}: {Error}", source.Name, error);
        return new RefreshReport(source.Id, source.Name, outcome.Status, drafts.Count, saved.New, saved.Updated, saved.Unchanged, error);
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
            if (cleaned.IsTeaser && options.FetchFullTextForTeasers && link is not null)
                full = await _fullText.LoadAsync(link, ct);
            drafts.Add(ArticleDrafts.FromItem(item, source, cleaned, full));
        }
        return drafts;
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
