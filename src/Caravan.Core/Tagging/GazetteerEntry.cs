namespace Caravan.Tagging;

/// <summary>What a gazetteer entry names.</summary>
public enum EntryKind { Country, Region, City, Place, Person, Organisation }

/// <summary>
/// One thing the gazetteer knows, under every spelling: its id links tags across scripts and
/// languages; <see cref="Name"/> is the canonical Latin spelling; <see cref="Country"/> is the ISO
/// 3166-1 alpha-2 code it belongs to (null for places shared by several countries).
/// </summary>
public sealed record GazetteerEntry(string Id, EntryKind Kind, string? Country, string Name, IReadOnlyList<string> Names, IReadOnlyList<string> Demonyms)
{
    public bool IsPlace => Kind is EntryKind.Region or EntryKind.City or EntryKind.Place;
}
