namespace Caravan.Tagging;

/// <summary>A country Caravan can file articles under: ISO code, English name (its category slug) and spellings.</summary>
public sealed record Country(string Code, string Name, IReadOnlyList<string> Names, IReadOnlyList<string> Demonyms)
{
    /// <summary>The category slug: the English name in lower case, spaces as hyphens.</summary>
    public string Slug => Name.ToLowerInvariant().Replace(' ', '-');
}

/// <summary>Every country of the world, from the gazetteer, by ISO 3166-1 alpha-2 code and by category slug.</summary>
public static class Countries
{
    public static readonly IReadOnlyList<Country> All = Gazetteer.Default.Entries
        .Where(e => e.Kind == EntryKind.Country)
        .Select(e => new Country(e.Id, e.Name, e.Names, e.Demonyms))
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToList();

    static readonly Dictionary<string, Country> BySlug = All.ToDictionary(c => c.Slug);
    static readonly Dictionary<string, Country> ByCode = All.ToDictionary(c => c.Code);

    public static Country? FromSlug(string slug) => BySlug.GetValueOrDefault(slug.ToLowerInvariant());

    public static Country? FromCode(string? code) => code is null ? null : ByCode.GetValueOrDefault(code.ToUpperInvariant());

    /// <summary>The five Central Asian republics, in the order pages show them.</summary>
    public static readonly IReadOnlyList<string> CentralAsia = ["KZ", "KG", "TJ", "TM", "UZ"];
}
