namespace Caravan.Tagging;

/// <summary>What the tagger reads: the article's parts, and what its source says about itself.</summary>
public sealed record TagInput
{
    public string? Title { get; init; }
    /// <summary>The dateline if cleaning found one; otherwise the tagger looks for it in the first line.</summary>
    public string? Dateline { get; init; }
    public required string Text { get; init; }
    /// <summary>The source's country (ISO 3166-1 alpha-2): weak evidence only.</summary>
    public string? CountryHint { get; init; }
    /// <summary>The feed's or source's language (ISO 639-1): used when the text is too short to tell.</summary>
    public string? LanguageHint { get; init; }
    /// <summary>The categories the source attached to the item: extra evidence for topics.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
    /// <summary>Whether the naive Bayes topic model refines the rules (off to measure the rules alone).</summary>
    public bool UseTopicModel { get; init; } = true;
}
