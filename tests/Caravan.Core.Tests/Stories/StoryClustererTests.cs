namespace Caravan.Stories;

public class StoryClustererTests
{
    static readonly DateTimeOffset T0 = new(2026, 11, 16, 12, 0, 0, TimeSpan.Zero);

    const string Almaty = "A district court in Almaty sentenced the blogger Marat Yesenov to three years in prison for spreading false information about land deals near the Medeu road. His lawyer Gulnara Bekova said the defence would appeal the verdict.";
    const string Almaty2 = "Blogger Marat Yesenov was jailed for three years by an Almaty court over posts on land deals near the Medeu road; lawyer Gulnara Bekova plans an appeal.";
    const string Dushanbe = "A court in Dushanbe sentenced the journalist Rustam Saidov to seven years in prison for extremism over articles about the Rogun dam resettlement. The Committee to Protect Journalists condemned the verdict.";

    static StoryDocument Doc(long id, string text, double hours) => new() { Id = id, Text = text, Published = T0.AddHours(hours) };

    [Fact]
    public void Place_SameEventJoins_SameKindElsewhereStaysApart()
    {
        var c = new StoryClusterer();
        Assert.Equal(1, c.Place(Doc(1, Almaty, 0)));
        Assert.Equal(2, c.Place(Doc(2, Dushanbe, 48)));
        Assert.Equal(1, c.Place(Doc(3, Almaty2, 5)));
    }

    [Fact]
    public void Place_TheSameTextFarLater_IsANewStory_ByTimeDecay()
    {
        var c = new StoryClusterer(new StoryOptions { LiveWindow = TimeSpan.FromDays(60) });
        c.Place(Doc(1, Almaty, 0));
        Assert.Equal(2, c.Place(Doc(2, Almaty2, 24 * 30)));
    }

    [Fact]
    public void LiveStories_AreBoundedByCount_AndClosedOnesAreReported()
    {
        var c = new StoryClusterer(new StoryOptions { MaxLiveStories = 10 });
        for (var i = 1; i <= 30; i++) c.Join(i, Doc(i, $"Story number {i} about topic{i} and place{i}", i));
        Assert.True(c.LiveCount <= 10, $"{c.LiveCount} live");
        var closed = c.TakeClosed();
        Assert.Equal(30 - c.LiveCount, closed.Count);
        Assert.Contains(1L, closed);
        Assert.Empty(c.TakeClosed());
    }

    [Fact]
    public void LiveStories_IdleBeyondTheWindow_Close()
    {
        var c = new StoryClusterer(new StoryOptions { LiveWindow = TimeSpan.FromDays(7) });
        c.Join(1, Doc(1, Almaty, 0));
        for (var i = 2; i < 2100; i++) c.Join(i, Doc(i, $"filler {i}", 24 * 8));
        Assert.Contains(1L, c.TakeClosed());
    }
}
