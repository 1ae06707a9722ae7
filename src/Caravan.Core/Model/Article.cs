namespace Caravan.Model;

/// <summary>One stored report: the current version of one item of one source.</summary>
public sealed record Article
{
    public long Id { get; init; }
    public long SourceId { get; init; }
    /// <summary>Caravan's stable identity of the item within its source.</summary>
    public required string ItemKey { get; init; }
    /// <summary>The id exactly as the feed wrote it, if any.</summary>
    public string? Guid { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Byline { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public DateTimeOffset? UpdatedAt { get; init; }
    public DateTimeOffset FirstSeenAt { get; init; }
    public string? Language { get; init; }
    public string Text { get; init; } = "";
    public string? Html { get; init; }
    public string? Summary { get; init; }
    public string? ImageUrl { get; init; }
    public string? ImageCredit { get; init; }
    public string? Dateline { get; init; }
    public required string ContentHash { get; init; }
    /// <summary>1 for the first body seen; incremented each time the body changes.</summary>
    public int Version { get; init; } = 1;
    /// <summary>The feed gave only a teaser and the full page could not be had.</summary>
    public bool IsTeaser { get; init; }
    /// <summary>No body survived cleaning: kept as a link, not published as an entry.</summary>
    public bool LinkOnly { get; init; }
    public string? OriginalOutlet { get; init; }
    public string? OriginalUrl { get; init; }
    // Filled by the de-duplication and story stages.
    public ulong? SimHash { get; init; }
    public long? DuplicateOfId { get; init; }
    public long? SyndicatedFromId { get; init; }
    public long? StoryId { get; init; }
    /// <summary>The first report of the same outlet that this one re-posts with a changed body (another key).</summary>
    public long? VersionOfId { get; init; }
}

/// <summary>An earlier body of an article, kept when the outlet changed it.</summary>
public sealed record ArticleVersion
{
    public long Id { get; init; }
    public long ArticleId { get; init; }
    public int Version { get; init; }
    public string? Title { get; init; }
    public string Text { get; init; } = "";
    public required string ContentHash { get; init; }
    public DateTimeOffset SeenAt { get; init; }
    /// <summary>Word-level diff from the previous version, if computed.</summary>
    public string? Diff { get; init; }
}
