using Caravan.Model;

namespace Caravan.Stories;

public class StoryTimelineTests
{
    static readonly DateTimeOffset T0 = new(2026, 11, 3, 14, 40, 0, TimeSpan.Zero);

    static Article A(long id, long source, double hours, long? copyOf = null) => new()
    {
        Id = id, SourceId = source, ItemKey = "k" + id, ContentHash = "h" + id, PublishedAt = T0.AddHours(hours), SyndicatedFromId = copyOf,
    };

    [Fact]
    public void From_OrdersOutletsByFirstReport_AndBucketsByHourAndDay()
    {
        var articles = new[] { A(3, 30, 20), A(1, 10, 0), A(2, 20, 0.25, copyOf: 1), A(4, 10, 26) };
        var names = new Dictionary<long, string> { [10] = "Steppe Herald", [20] = "Central Asia Wire", [30] = "Tashkent Times" };
        var tags = new Dictionary<long, IReadOnlyList<Tag>>
        {
            [1] = [new Tag { Kind = TagKind.Country, Value = "KG" }, new Tag { Kind = TagKind.Country, Value = "KZ" }],
            [3] = [new Tag { Kind = TagKind.Country, Value = "KG" }, new Tag { Kind = TagKind.Language, Value = "en" }],
        };
        var t = StoryTimeline.From(articles, names, tags);
        Assert.Equal(1, t.FirstArticleId);
        Assert.Equal(["Steppe Herald", "Central Asia Wire", "Tashkent Times"], t.Outlets.Select(o => o.Outlet));
        Assert.Equal([2, 1, 1], t.Outlets.Select(o => o.Reports));
        Assert.True(t.Outlets[1].OnlyCopies);
        Assert.Equal(["KG", "KZ"], t.Countries);
        Assert.Equal([(new DateTimeOffset(2026, 11, 3, 14, 0, 0, TimeSpan.Zero), 2, 2)], t.PerHour.Take(1).Select(b => (b.Start, b.Reports, b.Outlets)));
        Assert.Equal([2, 2], t.PerDay.Select(b => b.Reports));
    }

    [Fact]
    public void From_NoArticles_IsEmpty()
    {
        var t = StoryTimeline.From([], new Dictionary<long, string>());
        Assert.Null(t.FirstArticleId);
        Assert.Empty(t.Outlets);
    }
}
