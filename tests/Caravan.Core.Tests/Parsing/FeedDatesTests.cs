namespace Caravan.Parsing;

public class FeedDatesTests
{
    [Theory]
    [InlineData("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00Z")]
    [InlineData("Tue, 10 Jun 2003 04:00:00 +0300", "2003-06-10T01:00:00Z")]
    [InlineData("10 Jun 2003 04:00:00 EST", "2003-06-10T09:00:00Z")]
    [InlineData("Tue, 10 Jun 03 04:00:00 PDT", "2003-06-10T11:00:00Z")]
    [InlineData("Tuesday, 10 June 2003 04:00 GMT", "2003-06-10T04:00:00Z")]
    [InlineData("Tue, 10 Jun 2003 04:00:00", "2003-06-10T04:00:00Z")]
    [InlineData("Tue,10 Jun 2003 04:00:00 +03:00", "2003-06-10T01:00:00Z")]
    [InlineData("Wed, 02 Oct 2002 13:00:00 GMT+3", "2002-10-02T10:00:00Z")]
    [InlineData("Sun, 22 Nov 2026 03:15:00 MSK", "2026-11-22T00:15:00Z")]
    [InlineData("2003-12-31T10:14:55Z", "2003-12-31T10:14:55Z")]
    [InlineData("2003-12-31T10:14:55.123-08:00", "2003-12-31T18:14:55.123Z")]
    [InlineData("2003-12-31T10:14:55+0500", "2003-12-31T05:14:55Z")]
    [InlineData("2003-12-31 10:14:55", "2003-12-31T10:14:55Z")]
    [InlineData("2003-12-31", "2003-12-31T00:00:00Z")]
    [InlineData("2003-12", "2003-12-01T00:00:00Z")]
    [InlineData("20031231T101455Z", "2003-12-31T10:14:55Z")]
    [InlineData("2003-335", "2003-12-01T00:00:00Z")]
    [InlineData("2003/12/31 10:14", "2003-12-31T10:14:00Z")]
    [InlineData("31.12.2003 10:14", "2003-12-31T10:14:00Z")]
    [InlineData("5 января 2024 12:30 +0600", "2024-01-05T06:30:00Z")]
    [InlineData("Пн, 12 фев 2024 08:00:00 +0500", "2024-02-12T03:00:00Z")]
    [InlineData("12 мая 2024", "2024-05-12T00:00:00Z")]
    [InlineData("Dec 31, 2003 10:14:55 PM", "2003-12-31T22:14:55Z")]
    [InlineData("2004-02-28T18:14:55-08:00", "2004-02-29T02:14:55Z")]
    [InlineData("Thu, 01 Jan 2004 24:00:00 GMT", "2004-01-02T00:00:00Z")]
    public void Parse_CommonAndDeviantForms_GivesUtcInstant(string raw, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(raw));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not a date")]
    [InlineData("Tue, 31 Feb 2003 04:00:00 GMT")]
    [InlineData("2003-13-01")]
    [InlineData("Tue, 10 Jun 2003 25:61:00 GMT")]
    public void Parse_NotADate_GivesNullWithoutThrowing(string raw) => Assert.Null(FeedDates.Parse(raw));

    [Fact]
    public void Parse_FeedWithBadDate_KeepsRawAndReportsProblem()
    {
        var feed = FeedParserTests.Parse("<rss version=\"2.0\"><channel><item><title>x</title><pubDate>someday soon</pubDate></item></channel></rss>");
        var item = Assert.Single(feed.Items);
        Assert.Null(item.Published);
        Assert.Equal("someday soon", item.PublishedRaw);
        Assert.Contains(feed.Problems, p => p.Contains("someday soon", StringComparison.Ordinal));
    }
}
