using Caravan.Model;

namespace Caravan.Ingest;

public sealed class PermanentRedirectsTests
{
    private static readonly Uri NewUrl = new("https://outlet.test/new-feed");

    [Fact]
    public void Observe_SameTargetSeenThreeTimes_ConfirmsItOnTheThird()
    {
        var state = new SourceFetchState();

        (state, var first) = PermanentRedirects.Observe(state, NewUrl, 3);
        (state, var second) = PermanentRedirects.Observe(state, NewUrl, 3);
        (state, var third) = PermanentRedirects.Observe(state, NewUrl, 3);

        Assert.Null(first);
        Assert.Null(second);
        Assert.Equal(NewUrl, third);
        Assert.Null(state.PendingRedirect);
        Assert.Equal(0, state.PendingRedirectCount);
    }

    [Fact]
    public void Observe_APollWithoutTheRedirect_ResetsTheCount()
    {
        var (state, _) = PermanentRedirects.Observe(new SourceFetchState(), NewUrl, 3);
        (state, _) = PermanentRedirects.Observe(state, NewUrl, 3);

        (state, var confirmed) = PermanentRedirects.Observe(state, null, 3);

        Assert.Null(confirmed);
        Assert.Null(state.PendingRedirect);
    }

    [Fact]
    public void Observe_ADifferentTarget_StartsCountingAgain()
    {
        var (state, _) = PermanentRedirects.Observe(new SourceFetchState(), NewUrl, 3);
        (state, _) = PermanentRedirects.Observe(state, NewUrl, 3);

        (state, var confirmed) = PermanentRedirects.Observe(state, new Uri("https://elsewhere.test/feed"), 3);

        Assert.Null(confirmed);
        Assert.Equal(1, state.PendingRedirectCount);
        Assert.Equal("https://elsewhere.test/feed", state.PendingRedirect);
    }
}
