namespace Caravan.Extraction;

/// <summary>The article found in a web page: its reading text, sanitized HTML and what the page says about it.</summary>
public sealed record ExtractedArticle
{
    public string? Title { get; init; }
    public string? Byline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public DateTimeOffset? Modified { get; init; }
    public string? SiteName { get; init; }
    /// <summary>BCP 47 tag as the page declares it ("ru", "en-GB"), if it does.</summary>
    public string? Language { get; init; }
    public Uri? Image { get; init; }
    public string? ImageCredit { get; init; }
    /// <summary>"TARAZ, Kazakhstan" when the text opens with "TARAZ, Kazakhstan — …"; the text keeps it.</summary>
    public string? Dateline { get; init; }
    public string? Description { get; init; }
    /// <summary>Main text, paragraphs separated by blank lines; empty when no article was found.</summary>
    public required string Text { get; init; }
    /// <summary>Main content as sanitized HTML (see <see cref="Cleaning.Sanitizer"/>).</summary>
    public required string Html { get; init; }
    public Uri? CanonicalUrl { get; init; }
}
