namespace Caravan.Dedup;

/// <summary>One report as de-duplication sees it: identity, outlet, text, date and attribution.</summary>
public sealed record DedupDocument
{
    public required long Id { get; init; }
    /// <summary>The outlet's identity (stored source id, or the input's "source"); null: an outlet of its own.</summary>
    public string? Source { get; init; }
    /// <summary>The outlet's display name, matched against other reports' attribution lines.</summary>
    public string? SourceName { get; init; }
    /// <summary>The item's stable key within its outlet: breaks ties between reports published at the same instant.</summary>
    public string? ItemKey { get; init; }
    public string? Title { get; init; }
    public string Text { get; init; } = "";
    public DateTimeOffset? Published { get; init; }
    /// <summary>ISO 639-1 code, when known: story clustering compares words within a language, anchors across.</summary>
    public string? Language { get; init; }
    public string? Url { get; init; }
    /// <summary>The page's &lt;link rel="canonical"&gt;, when extraction found one.</summary>
    public string? CanonicalUrl { get; init; }
    /// <summary>"Originally published on X" / "appeared first on X": the outlet named.</summary>
    public string? OriginalOutlet { get; init; }
    public string? OriginalUrl { get; init; }
}

/// <summary>What de-duplication decided for a report; ids are <see cref="DedupDocument.Id"/>s.</summary>
public sealed record DedupLinks
{
    /// <summary>The same body from the same outlet under another key or URL.</summary>
    public long? DuplicateOf { get; init; }
    /// <summary>A copy of another outlet's report: the original, chosen by attribution, canonical link, earliest date.</summary>
    public long? SyndicatedFrom { get; init; }
    /// <summary>A changed body of an earlier report of the same outlet: the first version.</summary>
    public long? VersionOf { get; init; }
    /// <summary>
    /// Reports seen before this one that turn out to belong under it (it is earlier, or they name it as
    /// their source), each with its new links: what a run in publication order would have given them.
    /// </summary>
    public IReadOnlyList<RepointedLinks> Repointed { get; init; } = [];
    /// <summary>The ids of <see cref="Repointed"/>.</summary>
    public IReadOnlyList<long> NowCopiesOfThis => Repointed.Select(r => r.Id).ToList();
    public ulong SimHash { get; init; }

    /// <summary>The report this one belongs under, if any.</summary>
    public long? Target => DuplicateOf ?? VersionOf ?? SyndicatedFrom;
}

/// <summary>New links of a report seen earlier that now belongs under a later-arriving original.</summary>
public sealed record RepointedLinks(long Id, DedupLinks Links);

/// <summary>Thresholds of the copy decision, validated once.</summary>
public sealed record DedupOptions
{
    /// <summary>Word-3-gram Jaccard from which two texts are copies.</summary>
    public double MinJaccard { get; init; } = 0.5;
    /// <summary>Share of the shorter text's shingles found in the longer one from which a truncation or teaser is a copy.</summary>
    public double MinContainment { get; init; } = 0.8;
    /// <summary>Containment is trusted only when the shorter text has this many shingles.</summary>
    public int MinContainedShingles { get; init; } = 20;
    /// <summary>A near-duplicate from the same outlet within this time is a new version, not a second report.</summary>
    public TimeSpan VersionWindow { get; init; } = TimeSpan.FromDays(3);
    /// <summary>Reports older than this (by publication) leave the in-memory index.</summary>
    public TimeSpan IndexWindow { get; init; } = TimeSpan.FromDays(30);

    public DedupOptions Validate()
    {
        if (MinJaccard is <= 0 or > 1 || MinContainment is <= 0 or > 1) throw new ArgumentException("Similarity thresholds lie in (0, 1].");
        if (VersionWindow < TimeSpan.Zero || IndexWindow <= TimeSpan.Zero) throw new ArgumentException("Windows must be positive.");
        return this;
    }
}
