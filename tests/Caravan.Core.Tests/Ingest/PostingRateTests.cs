using Caravan.Parsing;

namespace Caravan.Ingest;

public sealed class PostingRateTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static ParsedFeed FeedWithItemsAged(params double[] hoursAgo) => new()
    {
        Format = FeedFormat.Rss20,
        Items = hoursAgo.Select((h, i) => new ParsedItem { Key = $"k{i}", Published = double.IsNaN(h) ? null : Now.AddHours(-h) }).ToList(),
    };

    [Theory]
    [InlineData(new double[] { 1, 30, 100, 200 }, 3)]                 // a week covered: count what is inside it
    [InlineData(new double[] { 200, 300 }, 0)]                        // nothing this week
    [InlineData(new double[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 168)] // 10 items over the last 10 hours: 1 an hour, extrapolated
    [InlineData(new double[] { 0.1, 0.2, 0.3 }, 504)]                 // a burst is judged over an hour, not minutes
    [InlineData(new double[] { -2, 1, 200 }, 2)]                      // a date 2 h ahead counts as now
    [InlineData(new double[] { -100, 1, 200 }, 1)]                    // a date days ahead is a bug: ignored
    [InlineData(new double[] { double.NaN, 1, 200 }, 1)]              // undated items are skipped
    public void ItemsPerWeek_FromItemDates(double[] hoursAgo, int expected) =>
        Assert.Equal(expected, PostingRate.ItemsPerWeek(FeedWithItemsAged(hoursAgo), Now));

    [Fact]
    public void ItemsPerWeek_NoDatedItems_IsUnknown() =>
        Assert.Null(PostingRate.ItemsPerWeek(FeedWithItemsAged(double.NaN, double.NaN), Now));

    [Fact]
    public void ItemsPerWeek_UsesUpdatedWhenThereIsNoPublishedDate()
    {
        var feed = new ParsedFeed { Format = FeedFormat.Atom10, Items = [new ParsedItem { Key = "a", Updated = Now.AddHours(-1) }, new ParsedItem { Key = "b", Updated = Now.AddDays(-8) }] };

        Assert.Equal(1, PostingRate.ItemsPerWeek(feed, Now));
    }
}
