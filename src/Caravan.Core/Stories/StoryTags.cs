using Caravan.Model;
using Caravan.Tagging;

namespace Caravan.Stories;

/// <summary>
/// The tags story clustering compares (<see cref="StoryDocument.TagIds"/>): people, places,
/// organisations and countries by gazetteer id, so that "Токаев" and "Tokayev", "Ош" and "Osh" are one
/// feature whatever the report's language. Topics and language are left out: they name a kind of
/// event, not an event.
/// </summary>
public static class StoryTags
{
    /// <summary>From stored tags.</summary>
    public static IReadOnlyList<string> From(IEnumerable<Tag> tags) =>
        tags.Where(t => t.Kind is TagKind.Person or TagKind.Place or TagKind.Organisation or TagKind.Country)
            .Select(t => Id(t.Kind, t.Value)).Distinct().ToList();

    /// <summary>From the tagger's result (`caravan cluster` tags its input itself).</summary>
    public static IReadOnlyList<string> From(TagResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return From(result.ToTags());
    }

    static string Id(TagKind kind, string value) => kind switch
    {
        TagKind.Person => "person:",
        TagKind.Place => "place:",
        TagKind.Organisation => "organisation:",
        _ => "country:",
    } + value;
}
