namespace Caravan.Storage;

public sealed class SearchRequestTests
{
    static SearchQuery Valid(SearchRequest r)
    {
        Assert.True(r.TryToQuery(out var q, out var error), error);
        return q;
    }

    static string Refused(SearchRequest r)
    {
        Assert.False(r.TryToQuery(out _, out var error));
        Assert.NotEmpty(error);
        return error;
    }

    [Fact]
    public void TryToQuery_EveryFilter_BecomesTheStoreQuery()
    {
        var q = Valid(new SearchRequest
        {
            Text = "gas", Country = "kazakhstan", Topic = " Energy ", Source = "7", Language = "EN-gb",
            Since = "2026-11-01", Until = "2026-11-02", Order = "date", Limit = 500,
        });
        Assert.Equal(("gas", "KZ", "Energy", 7L, "en-gb"), (q.Text, q.Country, q.Topic, q.SourceId, q.Language));
        // Days are whole UTC days and the last one is included.
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), q.Since);
        Assert.Equal(new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero), q.Until);
        Assert.Equal(SearchOrder.Newest, q.Order);
        Assert.Equal(SearchQuery.MaxLimit, q.Limit);
    }

    [Fact]
    public void TryToQuery_CodesTimesAndDefaults()
    {
        var q = Valid(new SearchRequest { Text = "gas", Country = "kg", Since = "2026-11-01T06:00:00+06:00", Until = "2026-11-01T12:00:00Z" });
        Assert.Equal("KG", q.Country);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), q.Since!.Value.ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero), q.Until);
        Assert.Equal(SearchOrder.Relevance, q.Order);
        Assert.Null(q.SourceId);
    }

    [Theory]
    [InlineData(null, null, null, null, null, null, "query")]
    [InlineData("gas", "atlantis", null, null, null, null, "country 'atlantis'")]
    [InlineData("gas", null, "abc", null, null, null, "source 'abc'")]
    [InlineData("gas", null, "-3", null, null, null, "source '-3'")]
    [InlineData("gas", null, null, "english!", null, null, "language 'english!'")]
    [InlineData("gas", null, null, null, "yesterday", null, "since 'yesterday'")]
    [InlineData("gas", null, null, null, "2026-11-01T06:00:00", null, "since")]
    [InlineData("gas", null, null, null, null, "random", "order 'random'")]
    public void TryToQuery_BadValue_NamesIt(string? text, string? country, string? source, string? language, string? since, string? order, string named) =>
        Assert.Contains(named, Refused(new SearchRequest { Text = text, Country = country, Source = source, Language = language, Since = since, Order = order }));

    [Fact]
    public void TryToQuery_EmptyRangeOrTooLongText_IsRefused()
    {
        Assert.Contains("empty", Refused(new SearchRequest { Text = "gas", Since = "2026-11-02", Until = "2026-11-01" }));
        Assert.Contains("500", Refused(new SearchRequest { Text = new string('a', 501) }));
    }
}
