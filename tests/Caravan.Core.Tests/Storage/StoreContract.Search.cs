using Caravan.Model;

namespace Caravan.Storage;

/// <summary>Search filters and order: each filter restricts the whole match set, not a page of it.</summary>
public abstract partial class StoreContract
{
    [StoreFact]
    public async Task Search_TopicFilter_FindsTheOneMatchRankedBelowManyOthers()
    {
        var src = await AddSourceAsync();
        // Thirty title matches outrank the one body match; only the body match is about energy.
        var drafts = Enumerable.Range(0, 30).Select(i => Draft(NewArticle($"t{i}", $"Gas prices {i}", "Markets moved."))).ToList();
        drafts.Add(Draft(NewArticle("energy", "Weather", "Later the gas pipeline was mentioned."), new Tag { Kind = TagKind.Topic, Value = "Energy" }));
        await IngestAsync(src, [.. drafts]);

        var hits = await Store.SearchAsync(new SearchQuery { Text = "gas", Topic = "energy", Limit = 5 }, Ct);
        Assert.Equal("energy", Assert.Single(hits).Article.ItemKey);
        Assert.Empty(await Store.SearchAsync(new SearchQuery { Text = "gas", Topic = "Sport" }, Ct));
    }

    [StoreFact]
    public async Task Search_LanguageFilter_MatchesThePrimarySubtag()
    {
        var src = await AddSourceAsync();
        await IngestAsync(src,
            Draft(NewArticle("gb", "Flood warning", "Rivers rose.") with { Language = "en-GB" }),
            Draft(NewArticle("en", "Flood warning", "Rivers rose again.") with { Language = "en" }),
            Draft(NewArticle("ru", "Flood warning", "Реки поднялись.") with { Language = "ru" }),
            Draft(NewArticle("none", "Flood warning", "Unknown language.")));
        var english = await Store.SearchAsync(new SearchQuery { Text = "flood", Language = "EN" }, Ct);
        Assert.Equal(["en", "gb"], english.Select(h => h.Article.ItemKey).Order());
        Assert.Equal("ru", Assert.Single(await Store.SearchAsync(new SearchQuery { Text = "flood", Language = "ru" }, Ct)).Article.ItemKey);
    }

    [StoreFact]
    public async Task Search_DateRange_IncludesSinceAndExcludesUntil()
    {
        var src = await AddSourceAsync();
        await IngestAsync(src, [.. Enumerable.Range(0, 5).Select(d => Draft(NewArticle($"d{d}", "Harvest news", "Grain.", T0.AddDays(d))))]);
        var hits = await Store.SearchAsync(new SearchQuery { Text = "harvest", Since = T0.AddDays(1), Until = T0.AddDays(3) }, Ct);
        Assert.Equal(["d1", "d2"], hits.Select(h => h.Article.ItemKey).Order());
    }

    [StoreFact]
    public async Task Search_AllFiltersTogether_AndWithCountryAndSource()
    {
        var kz = await AddSourceAsync("kz");
        var kg = await AddSourceAsync("kg", "KG");
        Tag country(string c) => new() { Kind = TagKind.Country, Value = c };
        Tag topic(string t) => new() { Kind = TagKind.Topic, Value = t };
        await IngestAsync(kz,
            Draft(NewArticle("hit", "Coal exports", "Coal.", T0) with { Language = "ru" }, country("KZ"), topic("Economy")),
            Draft(NewArticle("old", "Coal exports", "Coal.", T0.AddDays(-9)) with { Language = "ru" }, country("KZ"), topic("Economy")),
            Draft(NewArticle("en", "Coal exports", "Coal.", T0) with { Language = "en" }, country("KZ"), topic("Economy")),
            Draft(NewArticle("topic", "Coal exports", "Coal.", T0) with { Language = "ru" }, country("KZ"), topic("Sport")));
        await IngestAsync(kg, Draft(NewArticle("kg", "Coal exports", "Coal.", T0) with { Language = "ru" }, country("KZ"), topic("Economy")));
        var q = new SearchQuery { Text = "coal", SourceId = kz, Country = "kz", Topic = "Economy", Language = "ru", Since = T0.AddDays(-1) };
        Assert.Equal("hit", Assert.Single(await Store.SearchAsync(q, Ct)).Article.ItemKey);
        Assert.Equal(["hit", "kg"], (await Store.SearchAsync(q with { SourceId = null }, Ct)).Select(h => h.Article.ItemKey).Order());
        Assert.Empty(await Store.SearchAsync(q with { Country = "UZ" }, Ct));
    }

    [StoreFact]
    public async Task Search_NewestOrder_SortsByPublicationNotArrival_WithBodySnippets()
    {
        var src = await AddSourceAsync();
        // Stored out of order: an older report arriving last must still sort by its own date.
        await IngestAsync(src,
            Draft(NewArticle("mid", "Election day", "Voters queued.", T0.AddDays(1))),
            Draft(NewArticle("new", "Election results", "Counting went on.", T0.AddDays(2))),
            Draft(NewArticle("other", "Weather", "Sunny.", T0.AddDays(3))));
        await IngestAsync(src, Draft(NewArticle("old", "Weather", "The election campaign opened.", T0)));

        var hits = await Store.SearchAsync(new SearchQuery { Text = "election", Order = SearchOrder.Newest }, Ct);
        Assert.Equal(["new", "mid", "old"], hits.Select(h => h.Article.ItemKey));
        Assert.Contains($"{SearchSyntax.MatchStart}election{SearchSyntax.MatchEnd}", hits[2].Snippet, StringComparison.Ordinal);
        Assert.All(hits, h => Assert.True(h.Rank >= 0));
        var page = await Store.SearchAsync(new SearchQuery { Text = "election", Order = SearchOrder.Newest, Limit = 2 }, Ct);
        Assert.Equal(["new", "mid"], page.Select(h => h.Article.ItemKey));
    }

    [StoreFact]
    public async Task Search_RelevanceOrder_PagesTheBestMatchesFirst()
    {
        var src = await AddSourceAsync();
        var drafts = Enumerable.Range(0, 12).Select(i => Draft(NewArticle($"body{i}", "Weather", $"A note on the drought, item {i}.", T0.AddHours(i)))).ToList();
        drafts.Insert(5, Draft(NewArticle("title", "Drought in the south", "Fields dried out.", T0.AddHours(-5))));
        await IngestAsync(src, [.. drafts]);
        var hits = await Store.SearchAsync(new SearchQuery { Text = "drought", Limit = 3 }, Ct);
        Assert.Equal(3, hits.Count);
        Assert.Equal("title", hits[0].Article.ItemKey);
        Assert.True(hits[0].Rank > hits[1].Rank);
    }
}
