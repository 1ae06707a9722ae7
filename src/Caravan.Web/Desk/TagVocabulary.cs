using Caravan.Model;
using Caravan.Tagging;

namespace Caravan.Web.Desk;

/// <summary>
/// The tags an editor may add: countries and places, people and organisations of the gazetteer (by id or
/// name), topics of the taxonomy, ISO 639-1 languages. A correction names a tag the automatic stages could give.
/// </summary>
public static class TagVocabulary
{
    /// <summary>The stored value of a tag, or null with the reason it is not one.</summary>
    public static (string? Value, string? Problem) Normalise(TagKind kind, string? text)
    {
        var t = text?.Trim() ?? "";
        if (t.Length == 0) return (null, "A tag needs a value.");
        switch (kind)
        {
            case TagKind.Country:
                var c = Countries.FromCode(t) ?? Countries.FromSlug(t.Replace(' ', '-'));
                return c is null ? (null, $"'{t}' is not a country: use an ISO code such as KZ or a name such as Kyrgyzstan.") : (c.Code, null);
            case TagKind.Topic:
                var topic = TopicRules.Taxonomy.FirstOrDefault(x => string.Equals(x, t, StringComparison.OrdinalIgnoreCase));
                return topic is null ? (null, $"'{t}' is not a topic; topics are {string.Join(", ", TopicRules.Taxonomy)}.") : (topic, null);
            case TagKind.Language:
                return t.Length == 2 && t.All(char.IsAsciiLetter) ? (t.ToLowerInvariant(), null) : (null, $"'{t}' is not an ISO 639-1 language code such as ru.");
            default:
                var entry = Gazetteer.Default.Get(t) ?? Gazetteer.Default.Entries.FirstOrDefault(e => string.Equals(e.Name, t, StringComparison.OrdinalIgnoreCase) && Fits(kind, e));
                return entry is not null && Fits(kind, entry) ? (entry.Id, null) : (null, $"'{t}' is not a {kind.ToString().ToLowerInvariant()} of the gazetteer.");
        }
    }

    static bool Fits(TagKind kind, GazetteerEntry e) => kind switch
    {
        TagKind.Place => e.IsPlace,
        TagKind.Person => e.Kind == EntryKind.Person,
        TagKind.Organisation => e.Kind == EntryKind.Organisation,
        _ => false,
    };

    /// <summary>A tag kind from its lower-case name ("country"); numbers are not kinds.</summary>
    public static TagKind? ParseKind(string? text) =>
        Enum.TryParse<TagKind>(text, ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(text, out _) ? k : null;
}
