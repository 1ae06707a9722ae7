namespace Caravan.Storage;

public sealed class SearchSnippetTests
{
    static string Marked(string s) => s.Replace(SearchSyntax.MatchStart, '[').Replace(SearchSyntax.MatchEnd, ']');

    [Fact]
    public void For_ShortText_MarksEveryMatchIgnoringCaseAndDiacritics() =>
        Assert.Equal("[Öskemen] floods: the river at [oskemen] rose.",
            Marked(SearchSnippet.For("Öskemen floods: the river at oskemen rose.", SearchSyntax.Parse("Oskemen"))));

    [Fact]
    public void For_LongText_ShowsTheWindowWithTheMostDistinctTerms_WithEllipses()
    {
        var filler = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"w{i}"));
        var text = $"Gas alone here. {filler} Gas and water prices rose together. {filler}";
        var snippet = Marked(SearchSnippet.For(text, SearchSyntax.Parse("gas water")));
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("[Gas] and [water] prices", snippet);
        Assert.Equal(SearchSnippet.Words, snippet.Trim('…').Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void For_PhrasePrefixAndSpellings_MarkWhatTheEngineMatched()
    {
        var terms = SearchSyntax.Parse("\"water prices\" hydro* Tokayev", w => w == "Tokayev" ? ["Токаев"] : []);
        Assert.Equal("[Water prices] fell, the [hydropower] plant opened, [Токаева] spoke; water is cheap.",
            Marked(SearchSnippet.For("Water prices fell, the hydropower plant opened, Токаева spoke; water is cheap.", terms)));
    }

    [Fact]
    public void For_NoMatchInTheBody_GivesTheOpening()
    {
        var text = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"w{i}"));
        Assert.Equal(string.Join(' ', Enumerable.Range(0, 24).Select(i => $"w{i}")) + "…", SearchSnippet.For(text, SearchSyntax.Parse("title")));
        Assert.Equal("", SearchSnippet.For("", SearchSyntax.Parse("gas")));
    }
}
