namespace Caravan.Tagging;

/// <summary>A place, person or organisation named in an article: gazetteer id, canonical Latin name, how often, and the spans.</summary>
public sealed record EntityTag(string Id, string Name, EntryKind Kind, double Score, string Why);
