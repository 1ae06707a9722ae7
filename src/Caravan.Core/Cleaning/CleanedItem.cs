namespace Caravan.Cleaning;

/// <summary>A feed item's body after sanitizing and boilerplate removal, with what the boilerplate told us.</summary>
public sealed record CleanedItem
{
    /// <summary>Sanitized HTML, safe to render, boilerplate removed.</summary>
    public required string Html { get; init; }
    /// <summary>Plain text, paragraphs separated by blank lines.</summary>
    public required string Text { get; init; }
    /// <summary>The item ended with "Continue reading…", "Read more", "Читать далее", "[…]" and the like.</summary>
    public bool IsTeaser { get; init; }
    /// <summary>"This post was originally published on X" / "The post T appeared first on X" / "Источник: X".</summary>
    public string? OriginalOutlet { get; init; }
    public Uri? OriginalUrl { get; init; }
    /// <summary>First meaningful image (lazy sources resolved, tracking pixels skipped).</summary>
    public Uri? ImageUrl { get; init; }
    /// <summary>"president.kg" from "Image: president.kg", "iStock" from "@iStock", "ТАСС" from "Фото: ТАСС".</summary>
    public string? ImageCredit { get; init; }
    /// <summary>"QAPSHAGHAI, Kazakhstan" from "QAPSHAGHAI, Kazakhstan — A court …"; the body keeps its first sentence intact.</summary>
    public string? Dateline { get; init; }
    /// <summary>Nothing readable left: keep the item as a link only, do not publish it as an entry.</summary>
    public bool IsEmpty { get; init; }
    public IReadOnlyList<RemovedBoilerplate> RemovedBoilerplate { get; init; } = [];
}

/// <summary>Why a piece of an item was removed.</summary>
public enum BoilerplateKind
{
    Attribution,
    TeaserLink,
    SharePrompt,
    ImageCredit,
    RepeatedParagraph,
    RepeatedTitle,
    EmptyParagraph,
}

/// <summary>One piece of text removed from an item, and why.</summary>
public sealed record RemovedBoilerplate(BoilerplateKind Kind, string Text);
