namespace Caravan.Model;

/// <summary>The kinds of tag Caravan attaches to an article.</summary>
public enum TagKind { Country, Place, Person, Organisation, Topic, Language }

/// <summary>A tag with its score and the evidence for it.</summary>
public sealed record Tag
{
    public required TagKind Kind { get; init; }
    /// <summary>Country code (KZ), gazetteer id, topic name or language code.</summary>
    public required string Value { get; init; }
    public double Score { get; init; } = 1.0;
    /// <summary>Why the tag was given: matched spans, rule names.</summary>
    public string? Why { get; init; }
    /// <summary>Set by an editor: corrections win over automatic tags.</summary>
    public bool Manual { get; init; }
}
