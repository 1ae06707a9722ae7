namespace Caravan.Storage;

public sealed class SearchSyntaxTests
{
    [Theory]
    [InlineData("gas prices", "\"gas\" AND \"prices\"")]
    [InlineData("\"state of emergency\" almaty", "\"state of emergency\" AND \"almaty\"")]
    [InlineData("hydro*", "\"hydro\"*")]
    [InlineData("quake -Osh", "\"quake\" NOT \"Osh\"")]
    [InlineData("Токаев", "\"Токаев\"")]
    [InlineData("a\"b", "\"a\" AND \"b\"")]
    public void ToFts5_QuotesEveryTerm(string query, string expected) => Assert.Equal(expected, SearchSyntax.ToFts5(query));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("()*:^")]
    [InlineData("-only -excluded")]
    public void ToFts5_NothingToSearch_IsNull(string? query) => Assert.Null(SearchSyntax.ToFts5(query));

    [Theory]
    [InlineData("gas prices", "('gas') & ('prices')")]
    [InlineData("\"state of emergency\" almaty", "('state' <-> 'of' <-> 'emergency') & ('almaty')")]
    [InlineData("hydro*", "('hydro':*)")]
    [InlineData("quake -Osh", "('quake') & !('Osh')")]
    [InlineData("AND OR NOT ( ) ! & | <-> :", "('AND') & ('OR') & ('NOT')")]
    public void ToTsQuery_QuotesEveryLexeme_AndKeepsNoUserOperator(string query, string expected) =>
        Assert.Equal(expected, SearchSyntax.ToTsQuery(query));

    [Theory]
    [InlineData(null)]
    [InlineData("!&|:*")]
    [InlineData("-only")]
    public void ToTsQuery_NothingToSearch_IsNull(string? query) => Assert.Null(SearchSyntax.ToTsQuery(query));

    [Fact]
    public void SnippetHtml_EncodesTextAndMarksMatches() =>
        Assert.Equal("&lt;b&gt; <mark>gas</mark> &amp; oil",
            SearchSyntax.SnippetHtml($"<b> {SearchSyntax.MatchStart}gas{SearchSyntax.MatchEnd} & oil"));

    [Fact]
    public void ToFts5_WithSpellings_WidensNamesToAnOrGroup_CyrillicAsPrefixes()
    {
        IReadOnlyList<string> Spellings(string w) => w == "Toqaev" ? ["Tokayev", "Токаев", "Nur-Sultan"] : [];
        Assert.Equal("(\"Toqaev\" OR \"Tokayev\" OR \"Токаев\"* OR \"Nur Sultan\") AND \"visit\" NOT \"Toqaev\"",
            SearchSyntax.ToFts5("Toqaev visit -Toqaev", Spellings));
    }

    [Fact]
    public void ToFts5_WithSpellings_LeavesPrefixAndPhraseTermsAlone() =>
        Assert.Equal("\"Toq\"* AND \"Toqaev said\"", SearchSyntax.ToFts5("Toq* \"Toqaev said\"", _ => ["Tokayev"]));

    [Fact]
    public void ToFts5_WithSpellings_DropsSpellingsThatAnotherAlreadyMatches()
    {
        // "Kassym Jomart Tokayev" only matches where "Tokayev" does; "Токаева" where "Токаев"* does.
        IReadOnlyList<string> Spellings(string _) => ["Tokayev", "Kassym Jomart Tokayev", "Токаев", "Касым Жомарт Токаев", "Токаева", "Nur-Sultan"];
        Assert.Equal("(\"Tokayev\" OR \"Токаев\"* OR \"Nur Sultan\")", SearchSyntax.ToFts5("Tokayev", Spellings));
        Assert.Equal("(('Tokayev') | ('Токаев':*) | ('Nur' <-> 'Sultan'))", SearchSyntax.ToTsQuery("Tokayev", Spellings));
    }
}
