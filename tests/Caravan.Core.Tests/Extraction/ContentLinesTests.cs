namespace Caravan.Extraction;

// Headings announcing other articles at the end of the body, and the teasers under them (ContentLines.cs).
public class ContentLinesTests
{
    const string Story = """
        <p>The regional court in Taraz heard the first witnesses on Monday in the case of the collapsed grain warehouse.</p>
        <p>Three engineers are accused of signing off the building's roof although the inspection had found cracks in the beams.</p>
        <p>The prosecutor told the court that the warehouse had been used for two years beyond the date set for its repair.</p>
        <p>Lawyers for the engineers said their clients had warned the owner in writing and would show the letters to the court.</p>
        <p>The hearing continues on Wednesday, when the owner of the warehouse and two workers are expected to give evidence.</p>
        """;

    static string Page(string after) =>
        $"""<html><body><div class="article-body">{Story}{after}</div></body></html>""";

    [Theory]
    [InlineData("You may also like")]
    [InlineData("Das könnte Sie auch interessieren!")]
    [InlineData("Lesen Sie auch:")]
    [InlineData("Czytaj też")]
    public void Extract_RelatedHeadingNearTheEnd_RemovedWithItsTeasers(string heading)
    {
        var html = Page($"<h3>{heading}</h3><p>Flood warnings for the Syr Darya delta</p><p>New rail link to Almaty opens in May</p>");

        var text = ArticleExtractor.Extract(html, new Uri("https://court.example/taraz")).Text;

        Assert.EndsWith("expected to give evidence.", text);
    }

    [Fact]
    public void Extract_RelatedBoxMidText_ArticleResumesAfterIt()
    {
        const string resumed = "After the hearing, relatives of the workers injured in the collapse gathered outside the court building and asked the judge to visit the site of the warehouse before the verdict, saying that photographs could not show how close the roof had come to falling on the night shift.";
        var html = Page($"<p>Related articles</p><p>Grain prices rise again</p><p>{resumed}</p>");

        var text = ArticleExtractor.Extract(html, new Uri("https://court.example/taraz")).Text;

        Assert.DoesNotContain("Grain prices rise again", text);
        Assert.EndsWith(resumed, text);
    }

    [Fact]
    public void Extract_ShortParagraphsWithoutRelatedHeading_AreKept()
    {
        var html = Page("<p>The court will sit again at ten.</p><p>Entry is open to the public.</p>");

        var text = ArticleExtractor.Extract(html, new Uri("https://court.example/taraz")).Text;

        Assert.EndsWith("The court will sit again at ten.\n\nEntry is open to the public.", text);
    }

    [Theory]
    [InlineData("Keine Kommentare")]
    [InlineData("Kommentare schreiben")]
    [InlineData("You must be logged in to post a comment.")]
    [InlineData("Bewerten:")]
    public void Extract_CommentAndLoginPrompt_Removed(string prompt)
    {
        var html = Page($"<p>{prompt}</p>");

        var text = ArticleExtractor.Extract(html, new Uri("https://court.example/taraz")).Text;

        Assert.DoesNotContain(prompt, text);
    }
}
