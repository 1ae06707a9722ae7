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
    /// Work distribution: leases up to <paramref name="limit"/> sources due at <paramref name="now"/> (as
    /// <see cref="ListDueSourcesAsync"/>) that no other worker holds, to <paramref name="workerId"/> for
    /// <paramref name="leaseFor"/>. Lease expiry is measured on the store's clock (PostgreSQL's now(), the SQLite
    /// store's own clock), never the caller's, so a worker with a skewed clock can neither take a live lease nor
    /// hand out one that others already see as lapsed. A worker that dies keeps its sources only until then.
    /// </summary>
    Task<IReadOnlyList<Source>> ClaimDueSourcesAsync(string workerId, DateTimeOffset now, TimeSpan leaseFor, int limit, CancellationToken ct);
    /// <summary>Extends a held lease to the store's now + <paramref name="leaseFor"/> (a long refresh's heartbeat); false if <paramref name="workerId"/> no longer holds it.</summary>
    Task<bool> RenewLeaseAsync(long sourceId, string workerId, TimeSpan leaseFor, CancellationToken ct);
    /// <summary>Gives back a claimed source after its refresh; false if <paramref name="workerId"/> no longer holds it.</summary>
    Task<bool> ReleaseLeaseAsync(long sourceId, string workerId, CancellationToken ct);
    /// <summary>
    /// Linking keeps an in-memory index, so of all processes sharing a store exactly one links: true once this store
    /// instance holds that role (and from then on, until disposed), false while another process holds it. The role
    /// passes on by itself when its holder dies. SQLite: always true (one process per file).
    /// </summary>
    Task<bool> TryHoldLinkerRoleAsync(CancellationToken ct);
    /// <summary>Articles stored but not linked yet (no story; link-only stubs aside), lowest id first.</summary>
    Task<IReadOnlyList<long>> ListUnlinkedArticleIdsAsync(int limit, CancellationToken ct);
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
    /// <summary>
    /// <see cref="ListArticlesAsync"/> once per tag value in one statement (the home page's rail per country): each value
    /// of <paramref name="query"/>'s <see cref="ArticleQuery.TagKind"/> gets up to its Limit articles; its TagValue is ignored.
    /// Values without articles are left out.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Article>>> ListArticlesPerTagAsync(ArticleQuery query, IReadOnlyCollection<string> tagValues, CancellationToken ct);
    /// <summary>How many of a source's articles were published since a time (the scheduler's posting rate).</summary>
    Task<int> CountArticlesSinceAsync(long sourceId, DateTimeOffset since, CancellationToken ct);
    Task<IReadOnlyList<ArticleVersion>> ListVersionsAsync(long articleId, CancellationToken ct);
    Task<IReadOnlyList<Tag>> ListTagsAsync(long articleId, CancellationToken ct);
    /// <summary>The tags of many articles in one query (a story page's countries, a linker pass), by article id, each list in the single-article order; articles without tags are left out.</summary>
    Task<IReadOnlyDictionary<long, IReadOnlyList<Tag>>> ListTagsAsync(IReadOnlyCollection<long> articleIds, CancellationToken ct);
    /// <summary>Sets (or clears) the de-duplication and story links of an article; false if there is no such article.</summary>
    Task<bool> SetArticleLinksAsync(long articleId, ArticleLinks links, CancellationToken ct);
    /// <summary>Sets the links of many articles in one transaction (a bulk load, a re-link pass); returns how many articles exist and were set.</summary>
    Task<int> SetArticleLinksBatchAsync(IReadOnlyList<(long ArticleId, ArticleLinks Links)> updates, CancellationToken ct);

    /// <summary>
    /// Full-text search (<see cref="SearchSyntax"/>) with every filter applied to the whole match set. Both orders
    /// work on the newest <see cref="SearchQuery.RankedMatches"/> matches (all of them when there are fewer; SQLite takes
    /// newest by arrival, PostgreSQL by publication); newest first is exact on both. Snippets mark matches.
    /// </summary>
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

    // Corrections (the editor's desk); they win over automatic tagging and linking
    /// <summary>
    /// Records an editor's tag correction (replacing an earlier one of the same tag) and applies it to the article's
    /// tags at once: an added tag becomes manual, a removed one goes. Re-ingest applies it again. False if there is no such article.
    /// </summary>
    Task<bool> CorrectTagAsync(TagCorrection correction, CancellationToken ct);
    /// <summary>Withdraws a correction; an added tag goes, a removed one returns at the next re-tagging. False if there was none.</summary>
    Task<bool> WithdrawTagCorrectionAsync(long articleId, TagKind kind, string value, CancellationToken ct);
    Task<IReadOnlyList<TagCorrection>> ListTagCorrectionsAsync(long articleId, CancellationToken ct);
    /// <summary>
    /// Moves every report of story <paramref name="fromStoryId"/> into <paramref name="intoStoryId"/>; the old id then
    /// leads to the merged story (<see cref="GetStoryAsync"/> follows it, so does linking). Null if either story is missing.
    /// </summary>
    Task<Story?> MergeStoriesAsync(long fromStoryId, long intoStoryId, CancellationToken ct);
    /// <summary>
    /// Moves an article out of its story into a new story of its own and pins it there: automatic linking never moves it
    /// again. Null if there is no such article.
    /// </summary>
    Task<Story?> SplitArticleAsync(long articleId, CancellationToken ct);

    // Editors
    /// <summary>Adds an editor, or replaces the password of the one with the same name (names ignore case); true if new.</summary>
    Task<bool> SaveUserAsync(EditorUser user, CancellationToken ct);
    Task<EditorUser?> GetUserAsync(string name, CancellationToken ct);
    /// <summary>Stores a new API token (its hash only) and returns it with its id.</summary>
    Task<ApiToken> AddApiTokenAsync(ApiToken token, CancellationToken ct);
    /// <summary>The token with this SHA-256 hash, revoked or not; null if there is none.</summary>
    Task<ApiToken?> FindApiTokenAsync(string tokenHash, CancellationToken ct);
    Task<IReadOnlyList<ApiToken>> ListApiTokensAsync(string userName, CancellationToken ct);
    /// <summary>Revokes a token from <paramref name="at"/> on; false if there is no such token or it was revoked already.</summary>
    Task<bool> RevokeApiTokenAsync(long id, DateTimeOffset at, CancellationToken ct);

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
