namespace Caravan.Model;

/// <summary>What an editor did to one tag of one article.</summary>
public enum TagCorrectionAction { Add, Remove }

/// <summary>An editor's correction of one tag of one article; it outlives re-tagging and re-ingest of that article.</summary>
public sealed record TagCorrection
{
    public required long ArticleId { get; init; }
    public required TagKind Kind { get; init; }
    /// <summary>Country code (KZ), gazetteer id, topic name or language code, as on <see cref="Tag.Value"/>.</summary>
    public required string Value { get; init; }
    public required TagCorrectionAction Action { get; init; }
    /// <summary>The editor's sign-in name.</summary>
    public required string Editor { get; init; }
    public DateTimeOffset At { get; init; }
}
