namespace Caravan.Cleaning;

/// <summary>Patterns met in the sample archive's aggregator and outlet feeds.</summary>
public sealed class FeedItemCleanerPatternTests
{
    static readonly Uri Base = new("https://wire.example/");

    [Theory]
    [InlineData("<p>Share this: <a href=\"/s/fb\">Facebook</a> <a href=\"/s/tw\">Twitter</a></p>")]
    [InlineData("<div class=\"sharedaddy\"><p>Share this: Facebook, Twitter, Telegram</p></div>")]
    [InlineData("<p>Поделиться: VK · Telegram</p>")]
    public void Clean_SharePromptWithNetworksInOneParagraph_IsRemoved(string share)
    {
        var c = FeedItemCleaner.Clean("<p>The body of the story, long enough to count.</p>" + share, "T", Base);
        Assert.Equal("The body of the story, long enough to count.", c.Text);
    }

    [Fact]
    public void Clean_ShareWordInsideRealText_IsKept()
    {
        const string text = "Share this: the ministry wants residents to share their views on the Facebook page.";
        Assert.Equal(text, FeedItemCleaner.Clean($"<p>{text}</p>", "T", Base).Text);
    }

    [Fact]
    public void Clean_ShortPullQuoteRepeatedAsBlockquote_IsKeptOnce()
    {
        var c = FeedItemCleaner.Clean("""
            <p>“Reform is not a campaign, it is a habit,” he said. The commission will propose a date.</p>
            <blockquote class="pullquote"><p>“Reform is not a campaign, it is a habit”</p></blockquote>
            <p>Opposition activists said they would judge the proposal by its results.</p>
            """, "T", Base);
        Assert.Equal(1, c.Text.Split("Reform is not a campaign").Length - 1);
        Assert.Contains(c.RemovedBoilerplate, r => r.Kind == BoilerplateKind.RepeatedParagraph);
    }

    [Fact]
    public void Clean_ShortParagraphInsideALongerOne_IsNotAPullQuote()
    {
        var c = FeedItemCleaner.Clean("""
            <p>The vote is on Sunday. Polls open at eight in the morning across the country.</p>
            <p>The vote is on Sunday.</p>
            """, "T", Base);
        Assert.Equal(2, c.Text.Split("The vote is on Sunday").Length - 1);
    }

    [Fact]
    public void Clean_CaptionEndingInAHandle_GivesTheCredit()
    {
        var c = FeedItemCleaner.Clean("""
            <p>A brown haze settled over Almaty this weekend.</p>
            <figure><img src="https://steppe.example/smog.jpg" alt=""><figcaption>Smog over the mountains south of Almaty. @iStock</figcaption></figure>
            """, "T", Base);
        Assert.Equal("iStock", c.ImageCredit);
    }
}
