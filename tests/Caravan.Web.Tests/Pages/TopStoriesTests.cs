namespace Caravan.Web.Pages;

public sealed class TopStoriesTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void LogScore_TwiceTheOutlets_IsWorthOneDay() =>
        Assert.Equal(TopStories.LogScore(2, Now, Now), TopStories.LogScore(4, Now.AddHours(-24), Now), precision: 9);

    [Fact]
    public void LogScore_FavoursMoreOutlets_AtTheSameAge_AndNewer_AtTheSameOutlets()
    {
        Assert.True(TopStories.LogScore(3, Now.AddHours(-5), Now) > TopStories.LogScore(2, Now.AddHours(-5), Now));
        Assert.True(TopStories.LogScore(3, Now.AddHours(-1), Now) > TopStories.LogScore(3, Now.AddHours(-2), Now));
    }

    [Fact]
    public void LogScore_StaysFinite_ForAYearsOldArchive_AndReportsFromTheFuture()
    {
        Assert.True(double.IsFinite(TopStories.LogScore(1, Now.AddYears(-5), Now)));
        Assert.Equal(TopStories.LogScore(2, Now, Now), TopStories.LogScore(2, Now.AddHours(3), Now));
    }
}
