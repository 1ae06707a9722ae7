using System.Globalization;
using Caravan.Model;

namespace Caravan.Tagging;

/// <summary>A topic of the taxonomy with its score and the rules or words behind it.</summary>
public sealed record TopicScore(string Name, double Score, string Why);

/// <summary>Everything the tagger says about one article; <see cref="ToTags"/> gives the stored form.</summary>
public sealed record TagResult
{
    public string? Language { get; init; }
    public string LanguageWhy { get; init; } = "";
    /// <summary>Sorted by score; the first is the primary country.</summary>
    public IReadOnlyList<CountryScore> Countries { get; init; } = [];
    public IReadOnlyList<EntityTag> Places { get; init; } = [];
    public IReadOnlyList<EntityTag> People { get; init; } = [];
    public IReadOnlyList<EntityTag> Organisations { get; init; } = [];
    public IReadOnlyList<TopicScore> Topics { get; init; } = [];

    public IReadOnlyList<Tag> ToTags()
    {
        var tags = new List<Tag>();
        tags.AddRange(Countries.Select(c => new Tag { Kind = TagKind.Country, Value = c.Code, Score = c.Score, Why = c.Why }));
        tags.AddRange(Places.Select(p => Entity(TagKind.Place, p)));
        tags.AddRange(People.Select(p => Entity(TagKind.Person, p)));
        tags.AddRange(Organisations.Select(p => Entity(TagKind.Organisation, p)));
        tags.AddRange(Topics.Select(t => new Tag { Kind = TagKind.Topic, Value = t.Name, Score = t.Score, Why = t.Why }));
        if (Language is not null) tags.Add(new Tag { Kind = TagKind.Language, Value = Language, Score = 1, Why = LanguageWhy });
        return tags;
    }

    static Tag Entity(TagKind kind, EntityTag t) => new()
    {
        Kind = kind, Value = t.Id, Score = t.Score, Why = t.Name + ": " + t.Why,
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Language} [{string.Join(", ", Countries.Select(c => c.Code))}] [{string.Join(", ", Topics.Select(t => t.Name))}]");
}
