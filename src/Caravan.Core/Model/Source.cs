namespace Caravan.Model;

/// <summary>What kind of document a source's URL serves.</summary>
public enum SourceKind { Rss, Atom, Json, HtmlPage }

/// <summary>An outlet Caravan polls: where it lives, what it publishes, and how fetching it went.</summary>
public sealed record Source
{
    public long Id { get; init; }
    public required string Name { get; init; }
    public Uri? SiteUrl { get; init; }
    public required Uri FeedUrl { get; init; }
    public SourceKind Kind { get; init; } = SourceKind.Rss;
    /// <summary>ISO 3166-1 alpha-2, upper case; weak evidence for tagging.</summary>
    public string? CountryHint { get; init; }
    /// <summary>ISO 639-1.</summary>
    public string? LanguageHint { get; init; }
    public bool Enabled { get; init; } = true;
    /// <summary>An editor's fixed interval between checks; null lets the schedule adapt to the outlet's posting rate.</summary>
    public int? RefreshIntervalMinutes { get; init; }
    public SourceFetchState FetchState { get; init; } = new();
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>What the fetcher remembers about a source between polls.</summary>
public sealed record SourceFetchState
{
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
    public DateTimeOffset? LastAttemptAt { get; init; }
    public DateTimeOffset? LastSuccessAt { get; init; }
    public DateTimeOffset? NextCheckAt { get; init; }
    public int ConsecutiveFailures { get; init; }
    public string? LastError { get; init; }
    /// <summary>Set when a source keeps failing; it is still retried, rarely.</summary>
    public bool Broken { get; init; }
    /// <summary>Why a source was disabled automatically (410 Gone, ...).</summary>
    public string? DisabledReason { get; init; }
    /// <summary>A permanent redirect target seen but not yet confirmed.</summary>
    public string? PendingRedirect { get; init; }
    public int PendingRedirectCount { get; init; }
}
