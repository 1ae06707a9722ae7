using Caravan.Model;

namespace Caravan.Storage;

/// <summary>
/// Caravan's store: one abstraction, one provider per engine (SQLite now, PostgreSQL to come),
/// one test suite that runs unchanged on every provider.
/// </summary>
public interface ICaravanStore : IAsyncDisposable
{
    /// <summary>Applies pending numbered migrations; safe to call on every start.</summary>
    Task MigrateAsync(CancellationToken ct);

    // Sources
    /// <summary>Adds a source, or returns the existing one with the same feed URL.</summary>
    Task<SourceAdded> AddSourceAsync(Source source, CancellationToken ct);
    Task<Source?> GetSourceAsync(long id, CancellationToken ct);
    Task<Source?> FindSourceByFeedUrlAsync(Uri feedUrl, CancellationToken ct);
    Task<IReadOnlyList<Source>> ListSourcesAsync(CancellationToken ct);
    /// <summary>Enabled sources whose next check is due at <paramref name="now"/> (or never checked).</summary>
    Task<IReadOnlyList<Source>> ListDueSourcesAsync(DateTimeOffset now, int limit, CancellationToken ct);
    /// <summary>
    /// Work distribution: leases up to <paramref name="limit"/> due sources (as <see cref="ListDueSourcesAsync"/>) that no
    /// other worker holds, to <paramref name="workerId"/> until now + <paramref name="leaseFor"/>. A worker that dies keeps
    /// its sources only until the lease expires; then any worker may claim them.
    /// </summary>
    Task<IReadOnlyList<Source>> ClaimDueSourcesAsync(string workerId, DateTimeOffset now, TimeSpan leaseFor, int limit, CancellationToken ct);
    /// <summary>Extends a held lease to <paramref name="until"/> (a long refresh's heartbeat); false if <paramref name="workerId"/> no longer holds it.</summary>
    Task<bool> RenewLeaseAsync(long sourceId, string workerId, DateTimeOffset until, CancellationToken ct);
    /// <summary>Gives back a claimed source after its refresh; false if <paramref name="workerId"/> no longer holds it.</summary>
    Task<bool> ReleaseLeaseAsync(long sourceId, string workerId, CancellationToken ct);
    /// <summary>Edits name, URLs, hints and the enabled flag; false if there is no such source.</summary>
    Task<bool> UpdateSourceAsync(Source source, CancellationToken ct);
    /// <summary>Removes a source with its articles and fetch history; false if there is no such source.</summary>
    Task<bool> RemoveSourceAsync(long id, CancellationToken ct);

    // Ingest
    /// <summary>Writes one fetch of one source in a single transaction: attempt, fetch state, articles, versions, tags. The attempt's ItemsNew is counted here.</summary>
    Task<IngestOutcome> SaveBatchAsync(IngestBatch batch, CancellationToken ct);

    // Articles
    Task<Article?> GetArticleAsync(long id, CancellationToken ct);
    Task<Article?> FindArticleAsync(long sourceId, string itemKey, CancellationToken ct);
    Task<IReadOnlyList<Article>> ListArticlesAsync(ArticleQuery query, CancellationToken ct);
    /// <summary>How many of a source's articles were published since a time (the scheduler's posting rate).</summary>
    Task<int> CountArticlesSinceAsync(long sourceId, DateTimeOffset since, CancellationToken ct);
    Task<IReadOnlyList<ArticleVersion>> ListVersionsAsync(long articleId, CancellationToken ct);
    Task<IReadOnlyList<Tag>> ListTagsAsync(long articleId, CancellationToken ct);
    /// <summary>Sets (or clears) the de-duplication and story links of an article; false if there is no such article.</summary>
    Task<bool> SetArticleLinksAsync(long articleId, ArticleLinks links, CancellationToken ct);
    /// <summary>Sets the links of many articles in one transaction (a bulk load, a re-link pass); returns how many articles exist and were set.</summary>
    Task<int> SetArticleLinksBatchAsync(IReadOnlyList<(long ArticleId, ArticleLinks Links)> updates, CancellationToken ct);
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct);

    // Stories
    Task<Story?> GetStoryAsync(long id, CancellationToken ct);
    /// <summary>Stories by last report, newest first, with cursor pagination.</summary>
    Task<IReadOnlyList<Story>> ListStoriesAsync(StoryQuery query, CancellationToken ct);
    /// <summary>Creates a story or updates the one with the same id (id 0 creates).</summary>
    Task<Story> SaveStoryAsync(Story story, CancellationToken ct);
    /// <summary>Creates new stories (ids must be 0) in one transaction; returns their ids in order (a bulk load).</summary>
    Task<IReadOnlyList<long>> AddStoriesAsync(IReadOnlyList<Story> stories, CancellationToken ct);
    /// <summary>The reports (not link-only) of the given stories, light rows for counting outlets and choosing a story's best report; earliest first.</summary>
    Task<IReadOnlyList<StoryReport>> ListStoryReportsAsync(IReadOnlyCollection<long> storyIds, CancellationToken ct);
    /// <summary>The articles with the given ids, in no particular order; unknown ids are left out.</summary>
    Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<long> ids, CancellationToken ct);

    // Editors
    /// <summary>Adds an editor, or replaces the password of the one with the same name (names ignore case); true if new.</summary>
    Task<bool> SaveUserAsync(EditorUser user, CancellationToken ct);
    Task<EditorUser?> GetUserAsync(string name, CancellationToken ct);

    // Health and counts
    Task<IReadOnlyList<FetchAttempt>> ListFetchAttemptsAsync(long sourceId, int limit, CancellationToken ct);
    Task<StoreStats> GetStatsAsync(CancellationToken ct);
    /// <summary>How many published articles carry each value of a tag kind (e.g. articles per country).</summary>
    Task<IReadOnlyDictionary<string, int>> CountTagsAsync(TagKind kind, CancellationToken ct);
    /// <summary>
    /// A number that changes whenever a write could change a page or a feed (articles, tags, stories, a source's
    /// name, URLs or enabled flag); fetch bookkeeping leaves it alone. Caches compare it, never interpret it.
    /// </summary>
    Task<long> GetChangeVersionAsync(CancellationToken ct);
}
