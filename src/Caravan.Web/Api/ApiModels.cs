using Caravan.Model;

namespace Caravan.Web.Api;

/// <summary>One page of a list; <c>Next</c> is the cursor for the following page, null on the last.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>An article in a list: what a client needs to show and link it.</summary>
public sealed record ApiArticle(
    long Id, long SourceId, string? Outlet, string? Title, string? Url, DateTimeOffset PublishedAt, string? Language,
    string? Byline, string? Dateline, string? ImageUrl, string? ImageCredit, string? OriginalOutlet, string? OriginalUrl,
    long? StoryId, string Excerpt, int Version)
{
    public static ApiArticle From(Article a, IReadOnlyDictionary<long, Source> sources) => new(
        a.Id, a.SourceId, sources.GetValueOrDefault(a.SourceId)?.Name, a.Title, a.Url, a.PublishedAt ?? a.FirstSeenAt, a.Language,
        a.Byline, a.Dateline, a.ImageUrl, a.ImageCredit, a.OriginalOutlet, a.OriginalUrl, a.StoryId, Pages.Html.Excerpt(a.Text), a.Version);
}

/// <summary>An article with its clean text and tags.</summary>
public sealed record ApiArticleDetail(ApiArticle Article, string Text, IReadOnlyList<ApiTag> Tags);

/// <summary>A tag on an article, with the reason it was given.</summary>
public sealed record ApiTag(string Kind, string Value, double Score, string? Why, bool Manual)
{
    public static ApiTag From(Tag t) => new(t.Kind.ToString().ToLowerInvariant(), t.Value, t.Score, t.Why, t.Manual);
}

/// <summary>A tag value and how many published articles carry it.</summary>
public sealed record ApiTagCount(string Kind, string Value, int Articles);

/// <summary>A story: one event reported by one or more outlets.</summary>
public sealed record ApiStory(long Id, string? Title, long? FirstArticleId, DateTimeOffset FirstSeenAt, DateTimeOffset LastSeenAt, int ArticleCount, bool Closed)
{
    public static ApiStory From(Story s) => new(s.Id, s.Title, s.FirstArticleId, s.FirstSeenAt, s.LastSeenAt, s.ArticleCount, s.Closed);
}

/// <summary>A story with its reports, newest first.</summary>
public sealed record ApiStoryDetail(ApiStory Story, IReadOnlyList<ApiArticle> Articles);

/// <summary>An outlet and its fetch health; <c>RefreshIntervalMinutes</c> null means the schedule adapts to the outlet.</summary>
public sealed record ApiSource(
    long Id, string Name, string? SiteUrl, string FeedUrl, string Kind, string? Country, string? Language, bool Enabled,
    DateTimeOffset? LastSuccessAt, int ConsecutiveFailures, string? LastError, int? RefreshIntervalMinutes)
{
    public static ApiSource From(Source s) => new(
        s.Id, s.Name, s.SiteUrl?.AbsoluteUri, s.FeedUrl.AbsoluteUri, s.Kind.ToString().ToLowerInvariant(), s.CountryHint, s.LanguageHint, s.Enabled,
        s.FetchState.LastSuccessAt, s.FetchState.ConsecutiveFailures, s.FetchState.LastError, s.RefreshIntervalMinutes);
}

/// <summary>A search hit: the article and an HTML snippet, text escaped and matches in &lt;mark&gt;.</summary>
public sealed record ApiSearchHit(ApiArticle Article, string Snippet, double Rank);
