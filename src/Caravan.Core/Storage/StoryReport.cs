namespace Caravan.Storage;

/// <summary>
/// One report of a story, without its text: enough to tell originals from copies, count the outlets and
/// pick the report that represents the story.
/// </summary>
public sealed record StoryReport
{
    public required long ArticleId { get; init; }
    public required long StoryId { get; init; }
    public required long SourceId { get; init; }
    /// <summary>Published time, else first seen: the listing order.</summary>
    public required DateTimeOffset SortAt { get; init; }
    public long? DuplicateOfId { get; init; }
    public long? SyndicatedFromId { get; init; }
    public long? VersionOfId { get; init; }
    /// <summary>The outlet an aggregator's republication names as the original ("Originally published by X").</summary>
    public string? OriginalOutlet { get; init; }
}
