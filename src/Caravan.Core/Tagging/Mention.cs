namespace Caravan.Tagging;

/// <summary>Where in an article a gazetteer spelling was found.</summary>
public enum Zone { Dateline, Title, Lead, Body }

/// <summary>A spelling found in the text: the entry it names (resolved), how, where and the span as written.</summary>
public sealed record Mention(GazetteerEntry Entry, AliasKind Kind, Zone Zone, int Start, string Span)
{
    /// <summary>"ethnic Kazakh", "этнический казах": a demonym naming a people, not the state.</summary>
    public bool Ethnic { get; init; }
}
