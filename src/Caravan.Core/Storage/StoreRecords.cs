using Caravan.Model;

namespace Caravan.Storage;

/// <summary>The result of adding a source: the stored row, and whether it was new.</summary>
public sealed record SourceAdded(Source Source, bool IsNew);

/// <summary>Everything one fetch of one source writes, committed together or not at all.</summary>
public sealed record IngestBatch
{
    public required long SourceId { get; init; }
    public required FetchAttempt Attempt { get; init; }
    /// <summary>Replaces the source's fetch state when set.</summary>
    public SourceFetchState? NewState { get; init; }
    /// <summary>A confirmed permanent redirect: the source's feed URL becomes this.</summary>
    public Uri? NewFeedUrl { get; init; }
    /// <summary>Disables the source (e.g. 410 Gone); the reason goes into the fetch state.</summary>
    public bool Disable { get; init; }
    public IReadOnlyList<ArticleDraft> Articles { get; init; } = [];
}

/// <summary>An article as the pipeline produced it, with its tags; the store decides new, changed or unchanged.</summary>
public sealed record ArticleDraft
{
    public required Article Article { get; init; }
    public IReadOnlyList<Tag> Tags { get; init; } = [];
}

/// <summary>What a batch did to each draft, in draft order.</summary>
public sealed record IngestOutcome(IReadOnlyList<DraftOutcome> Drafts)
{
    public int New => Drafts.Count(d => d.Change == ArticleChange.New);
    public int Updated => Drafts.Count(d => d.Change == ArticleChange.Updated);
    public int Unchanged => Drafts.Count(d => d.Change == ArticleChange.Unchanged);
}

/// <summary>How a stored article changed by one draft.</summary>
public enum ArticleChange { New, Updated, Unchanged }

/// <summary>The stored id of a draft and what happened to it.</summary>
public sealed record DraftOutcome(long ArticleId, ArticleChange Change, int Version);

/// <summary>De-duplication and story links of one article.</summary>
public sealed record ArticleLinks(long? DuplicateOfId, long? SyndicatedFromId, long? StoryId, ulong? SimHash)
{
    /// <summary>The first report of the same outlet that this one is a later version of.</summary>
    public long? VersionOfId { get; init; }
}

/// <summary>A page of articles, newest first. Before* is the cursor of the last row of the previous page.</summary>
public sealed record ArticleQuery
{
    public long? SourceId { get; init; }
    public TagKind? TagKind { get; init; }
    public string? TagValue { get; init; }
    public long? StoryId { get; init; }
    public DateTimeOffset? BeforeTime { get; init; }
    public long? BeforeId { get; init; }
    public int Limit { get; init; } = 50;
    public bool IncludeLinkOnly { get; init; }
    public bool IncludeDuplicates { get; init; }
    /// <summary>
    /// One row per story: of a story's reports that pass the other filters only the earliest is listed (articles
    /// without a story are listed as themselves). Paging by the cursor stays stable as later reports arrive.
    /// </summary>
    public bool OnePerStory { get; init; }
    public const int MaxLimit = 500;
}

/// <summary>A page of stories, most recently reported first. Before* is the cursor of the last row of the previous page.</summary>
public sealed record StoryQuery
{
    public DateTimeOffset? BeforeLastSeen { get; init; }
    public long? BeforeId { get; init; }
    public int Limit { get; init; } = 50;
    public const int MaxLimit = 500;
}

/// <summary>
/// A full-text query; the text is the user's words, never raw engine syntax. Every filter restricts
/// the whole match set before ranking. Relevance is ranked among the newest
/// <see cref="RankedMatches"/> matches, so a word in half a million articles answers in milliseconds.
/// </summary>
public sealed record SearchQuery
{
    public required string Text { get; init; }
    public int Limit { get; init; } = 20;
    /// <summary>Only this outlet's articles.</summary>
    public long? SourceId { get; init; }
    /// <summary>Only articles tagged with this country code (any case).</summary>
    public string? Country { get; init; }
    /// <summary>Only articles tagged with this topic (any case).</summary>
    public string? Topic { get; init; }
    /// <summary>Only articles in this language: "en" matches "en" and "en-GB" (BCP 47 primary subtag).</summary>
    public string? Language { get; init; }
    /// <summary>Only articles published (else first seen) at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }
    /// <summary>Only articles published (else first seen) before this time.</summary>
    public DateTimeOffset? Until { get; init; }
    public SearchOrder Order { get; init; } = SearchOrder.Relevance;
    public const int MaxLimit = 200;
    /// <summary>
    /// How many of the newest matches are ranked (and sorted by date); all of them when there are fewer. A word in
    /// a third of a million articles then costs about as much as one in a thousand. Ranking costs about 2 µs per
    /// match on SQLite (bm25 reads each match's positions and column sizes), so 5,000 matches cost 10-20 ms of CPU
    /// per query, and a search page had to stay under 5 ms to serve 20 readers at once on two cores; a thousand
    /// articles is still a few days of a busy desk's reports of a common word, the reports a reader looks for.
    /// </summary>
    public const int RankedMatches = 1_000;
}

/// <summary>How search results are ordered.</summary>
public enum SearchOrder
{
    /// <summary>Best match first (title matches weigh ten times body matches).</summary>
    Relevance,
    /// <summary>Newest first by publication (else first-seen) time.</summary>
    Newest,
}

/// <summary>
/// A search result with a highlighted snippet (matches marked, see <see cref="SearchSyntax.SnippetHtml"/>). Rank: higher
/// is better, comparable within one query's results; SQLite leaves it 0 when sorting newest first.
/// </summary>
public sealed record SearchHit(Article Article, string Snippet, double Rank);

/// <summary>Counts for `caravan stats`.</summary>
public sealed record StoreStats
{
    public int Sources { get; init; }
    public int FailingSources { get; init; }
    public int Articles { get; init; }
    /// <summary>Stored bodies beyond each article's first: how many updates were kept.</summary>
    public int Versions { get; init; }
    public int Stories { get; init; }
    /// <summary>Space the store takes: SQLite's pages in use (page_count × page_size), PostgreSQL's pg_database_size.</summary>
    public long SizeBytes { get; init; }
    public IReadOnlyDictionary<string, int> Tags { get; init; } = new Dictionary<string, int>();
}
