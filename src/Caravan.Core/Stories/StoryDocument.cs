namespace Caravan.Stories;

/// <summary>One report as story clustering sees it.</summary>
public sealed record StoryDocument
{
    public required long Id { get; init; }
    public string? Source { get; init; }
    public string? Title { get; init; }
    public string Text { get; init; } = "";
    public DateTimeOffset? Published { get; init; }
    /// <summary>ISO 639-1 code from tagging or the feed; null: the script stands for it.</summary>
    public string? Language { get; init; }
    /// <summary>Named entities and places from tagging, when known; capitalised word runs are used as well.</summary>
    public IReadOnlyList<string> Entities { get; init; } = [];
    /// <summary>Tagging's gazetteer ids ("person:…", "place:…", "country:KZ"): one id whatever the language of the report.</summary>
    public IReadOnlyList<string> TagIds { get; init; } = [];
}

/// <summary>Options of <see cref="StoryClusterer"/>, validated once.</summary>
public sealed record StoryOptions
{
    /// <summary>A story with no report for this long (publication time) is closed.</summary>
    public TimeSpan LiveWindow { get; init; } = TimeSpan.FromDays(7);
    /// <summary>At most this many stories stay live; beyond it the least recently active close first.</summary>
    public int MaxLiveStories { get; init; } = 100_000;
    /// <summary>Cosine similarity (after time decay) from which a report joins a story.</summary>
    public double MinSimilarity { get; init; } = 0.2;
    /// <summary>Similarity falls by half when the report is this far in time from the story's latest report.</summary>
    public TimeSpan DecayHalfLife { get; init; } = TimeSpan.FromDays(3);
    /// <summary>Across languages (a Russian report and an English story) only anchors compare: their cosine from which a report joins.</summary>
    public double MinAnchorSimilarity { get; init; } = 0.3;
    /// <summary>Across languages, at least this many anchors (tag ids, names, numbers) must be shared: one place alone is not an event.</summary>
    public int MinSharedAnchors { get; init; } = 3;
    /// <summary>Across languages, anchor similarity falls by half per this time from the story's latest report: the same event is reported within days.</summary>
    public TimeSpan AnchorDecayHalfLife { get; init; } = TimeSpan.FromDays(1);
    /// <summary>
    /// At most this many recent reports are placed again when a report arrives that came before them
    /// (<see cref="OrderedStoryClusterer"/>); a report older than all of them is placed without replay.
    /// </summary>
    public int MaxReplayReports { get; init; } = 5_000;
    /// <summary>
    /// Reports published this long before the latest one leave the replay log. Longer than <see cref="LiveWindow"/>:
    /// a new source's first fetch brings weeks of backlog after other sources' recent reports, and those must still
    /// land where a run in order would have put them.
    /// </summary>
    public TimeSpan ReplayWindow { get; init; } = TimeSpan.FromDays(60);

    public StoryOptions Validate()
    {
        if (LiveWindow <= TimeSpan.Zero || DecayHalfLife <= TimeSpan.Zero) throw new ArgumentException("Story windows must be positive.");
        if (MaxLiveStories < 1) throw new ArgumentException("MaxLiveStories must be at least 1.");
        if (MinSimilarity is <= 0 or >= 1 || MinAnchorSimilarity is <= 0 or >= 1) throw new ArgumentException("Similarity thresholds lie in (0, 1).");
        if (MaxReplayReports < 1 || ReplayWindow <= TimeSpan.Zero) throw new ArgumentException("MaxReplayReports and ReplayWindow must be positive.");
        if (MinSharedAnchors < 1 || AnchorDecayHalfLife <= TimeSpan.Zero) throw new ArgumentException("MinSharedAnchors and AnchorDecayHalfLife must be positive.");
        return this;
    }
}
