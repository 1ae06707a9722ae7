namespace Caravan.Tagging;

public class GazetteerTests
{
    [Fact]
    public void Default_KnowsEveryCountryOfTheWorld()
    {
        Assert.True(Countries.All.Count >= 240, $"{Countries.All.Count} countries");
        Assert.Equal(Countries.All.Count, Countries.All.Select(c => c.Slug).Distinct().Count());
        Assert.Equal("KZ", Countries.FromSlug("kazakhstan")?.Code);
        Assert.Equal("united-states", Countries.FromCode("us")?.Slug);
        Assert.Equal("Peru", Countries.FromCode("PE")?.Name);
    }

    [Fact]
    public void Default_HasUniqueIdsAndACountryForEveryPlaceAndPersonOfTheRegion()
    {
        var entries = Gazetteer.Default.Entries;
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct().Count());
        Assert.All(entries.Where(e => e.Kind is EntryKind.City or EntryKind.Region or EntryKind.Person),
            e => Assert.NotNull(Countries.FromCode(e.Country)));
    }

    [Fact]
    public void Default_ListsTheTownsOfTheFiveCountries()
    {
        var cities = Gazetteer.Default.Entries.Where(e => e.Kind == EntryKind.City).GroupBy(e => e.Country).ToDictionary(g => g.Key!, g => g.Count());
        Assert.True(cities["KZ"] >= 35 && cities["UZ"] >= 30 && cities["KG"] >= 12 && cities["TJ"] >= 12 && cities["TM"] >= 8);
    }

    [Theory]
    [InlineData("Toqaev", "p.tokayev")]
    [InlineData("Нұр-Сұлтан", "KZ.astana")]
    [InlineData("Qapshaghai", "KZ.konaev")]
    [InlineData("Kapchagay", "KZ.konaev")]
    [InlineData("Kirgizia", "KG")]
    [InlineData("ШОС", "o.sco")]
    public void Phrase_FindsTheEntryUnderAnySpelling(string spelling, string id)
    {
        var g = Gazetteer.Default;
        var tokens = WordTokens.Split(spelling);
        var keys = tokens.Select(t => g.WordKey(spelling.Substring(t.Start, t.Length), t.Cyrillic)).ToList();
        Assert.DoesNotContain(null, keys);
        Assert.Contains(g.Phrase(string.Join(' ', keys))!, a => a.Entry.Id == id);
    }
}
