using Caravan.Ingest;

namespace Caravan.Web.Api;

/// <summary>POST /api/v1/sources: a site URL (discovered) or a feed URL (with <c>Discover</c> false).</summary>
public sealed record ApiNewSource(string? Url, string? Name, string? Country, bool? Discover, int? RefreshIntervalMinutes);

/// <summary>PATCH /api/v1/sources/{id}: only the fields given change. <c>RefreshIntervalMinutes</c> 0 goes back to the adaptive schedule.</summary>
public sealed record ApiSourcePatch(string? Name, string? FeedUrl, string? SiteUrl, string? Country, int? RefreshIntervalMinutes, bool? Enabled);

/// <summary>A site advertises several feeds: choose one and POST it again with <c>discover: false</c>.</summary>
public sealed record ApiFeedChoice(string Detail, IReadOnlyList<string> Feeds);

/// <summary>What a refresh of one source did.</summary>
public sealed record ApiRefreshReport(long SourceId, string Status, int ItemsSeen, int New, int Updated, int Unchanged, string? Error)
{
    public static ApiRefreshReport From(RefreshReport r) => new(r.SourceId, r.Status, r.ItemsSeen, r.New, r.Updated, r.Unchanged, r.Error);
}

/// <summary>POST /api/v1/articles/{id}/tag-corrections: <c>Action</c> is "add" or "remove".</summary>
public sealed record ApiTagCorrection(string? Kind, string? Value, string? Action);

/// <summary>An article's tags after a correction, and every correction on it.</summary>
public sealed record ApiCorrectedTags(long ArticleId, IReadOnlyList<ApiTag> Tags, IReadOnlyList<ApiTagCorrectionRecord> Corrections);

/// <summary>A stored tag correction.</summary>
public sealed record ApiTagCorrectionRecord(string Kind, string Value, string Action, string Editor, DateTimeOffset At);

/// <summary>POST /api/v1/stories/{id}/merge: the story to merge this one into.</summary>
public sealed record ApiMerge(long? Into);

/// <summary>POST /api/v1/stories/{id}/split: the article to take out of the story into its own.</summary>
public sealed record ApiSplit(long? ArticleId);
