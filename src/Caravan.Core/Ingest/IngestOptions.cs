namespace Caravan.Ingest;

/// <summary>Options of the ingest stage (configuration section "Ingest"), validated once at start.</summary>
public sealed record IngestOptions
{
    public const string SectionName = "Ingest";
    /// <summary>How many times in a row a 301/308 must point to the same URL before the source's URL changes.</summary>
    public int RedirectConfirmations { get; init; } = 2;
    /// <summary>Fetch and extract the article page when a feed gives only a teaser.</summary>
    public bool FetchFullTextForTeasers { get; init; } = true;
    /// <summary>Items beyond this many in one feed document are ignored (newest first as the feed lists them).</summary>
    public int MaxItemsPerFeed { get; init; } = 1000;
    /// <summary>Sources refreshed at once by one scheduler pass.</summary>
    public int MaxConcurrentSources { get; init; } = 8;

    public void Validate()
    {
        if (RedirectConfirmations < 1) throw new ArgumentException("Ingest:RedirectConfirmations must be at least 1.");
        if (MaxItemsPerFeed < 1) throw new ArgumentException("Ingest:MaxItemsPerFeed must be at least 1.");
        if (MaxConcurrentSources < 1) throw new ArgumentException("Ingest:MaxConcurrentSources must be at least 1.");
    }
}
