using Caravan.Model;
using Caravan.Storage;

namespace Caravan.Web.Pages;

public sealed class IndependentOutletsTests
{
    static readonly DateTimeOffset T0 = new(2026, 11, 10, 6, 0, 0, TimeSpan.Zero);

    static readonly Dictionary<long, Source> Sources = new()
    {
        [1] = new Source { Id = 1, Name = "RFE/RL", FeedUrl = new Uri("https://rferl.example/feed") },
        [2] = new Source { Id = 2, Name = "Radio Free", FeedUrl = new Uri("https://radiofree.example/feed") },
        [3] = new Source { Id = 3, Name = "Eurasianet", FeedUrl = new Uri("https://eurasianet.example/feed") },
    };

    static StoryReport Report(long id, long source, double hours, long? syndicatedFrom = null, string? originalOutlet = null, long? versionOf = null) => new()
    {
        ArticleId = id, StoryId = 9, SourceId = source, SortAt = T0.AddHours(hours),
        SyndicatedFromId = syndicatedFrom, OriginalOutlet = originalOutlet, VersionOfId = versionOf,
    };

    [Fact]
    public void ACopy_AndAnAggregatorsRepublication_CountAsTheOriginalOutlet()
    {
        IReadOnlyList<StoryReport> reports =
        [
            Report(10, 1, 0),
            Report(11, 3, 1, syndicatedFrom: 10),
            Report(12, 2, 2, originalOutlet: "rfe/rl "),
        ];
        Assert.Equal(["source:1"], IndependentOutlets.Of(reports, Sources));
    }

    [Fact]
    public void IndependentReports_FromDifferentOutlets_EachCount_AndAnOutletsVersionsOnce()
    {
        IReadOnlyList<StoryReport> reports = [Report(10, 1, 0), Report(11, 3, 1), Report(12, 3, 3, versionOf: 11), Report(13, 2, 2, originalOutlet: "Kabar")];
        Assert.Equal(3, IndependentOutlets.Of(reports, Sources).Count);
    }

    [Fact]
    public void ACopyOfAnUnseenOriginal_CountsOnce_ForThatOriginal()
    {
        IReadOnlyList<StoryReport> reports = [Report(11, 2, 1, syndicatedFrom: 500), Report(12, 3, 2, syndicatedFrom: 500)];
        Assert.Single(IndependentOutlets.Of(reports, Sources));
    }

    [Fact]
    public void Best_IsTheEarliestOriginal_NotAnEarlierRepublication_AndShowsItsLatestVersion()
    {
        IReadOnlyList<StoryReport> reports = [Report(12, 2, -1, originalOutlet: "RFE/RL"), Report(10, 3, 0), Report(14, 3, 4, versionOf: 10), Report(11, 1, 1)];
        Assert.Equal(10, IndependentOutlets.Best(reports).ArticleId);
        var (bestId, outlets, latest) = StoryEntries.Summarize(reports, Sources);
        Assert.Equal((14L, 2, T0.AddHours(4)), (bestId, outlets, latest));
    }

    [Fact]
    public void Best_WithOnlyCopies_IsTheEarliestReport() =>
        Assert.Equal(12, IndependentOutlets.Best([Report(11, 2, 1, syndicatedFrom: 500), Report(12, 3, 0, originalOutlet: "Kabar")]).ArticleId);
}
