namespace Caravan.Ingest;

public class LinkingLoopTests
{
    [Theory]
    [InlineData(500, 0.25, 1500)]
    [InlineData(1000, 0.5, 1000)]
    [InlineData(3000, 0.25, 2000)]
    [InlineData(40, 0.25, 120)]
    [InlineData(1000, 1.0, 0)]
    [InlineData(0, 0.25, 0)]
    public void PauseAfter_KeepsPassesToTheirShareOfTheTime(int tookMs, double share, int pauseMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(pauseMs), LinkingLoop.PauseAfter(TimeSpan.FromMilliseconds(tookMs), share));

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Validate_RejectsABusyShareOutsideZeroToOne(double share)
    {
        var e = Assert.Throws<ArgumentException>(() => new ScheduleOptions { LinkerBusyShare = share }.Validate());
        Assert.Contains("LinkerBusyShare", e.Message, StringComparison.Ordinal);
    }
}
