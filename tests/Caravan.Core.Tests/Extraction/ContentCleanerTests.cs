namespace Caravan.Extraction;

// Conditional cleaning inside the chosen content (ContentCleaner.cs): which lists stay. The articles are longer than the
// extractor's 500-character retry threshold, so the first pass, which cleans conditionally, is the one tested.
public class ContentCleanerTests
{
    static string Article(string list) => $"""
        <html><body><div class="post"><div class="entry-content">
        <p>The museum in Turkestan reopened this week after two years of restoration work on the old caravanserai walls.</p>
        <p>Visitors can now see the rooms where traders slept, and a small exhibition of the goods that passed through the town.</p>
        {list}
        <p>The museum is open every day except Monday, and entry is free for children and students with a card.</p>
        <p>Guided tours in Kazakh, Russian and English start at the main gate at ten in the morning and at three in the afternoon.</p>
        <p>The restoration was paid for by the regional government, and the next stage will rebuild the stables behind the courtyard.</p>
        </div></div></body></html>
        """;

    [Fact]
    public void Extract_PlainTextListInArticle_IsKept()
    {
        // Items of 25+ characters are scored, which gives the list Readability's negative list score.
        var html = Article("<ul><li>Silk from Kashgar and Khotan</li><li>Tea from Fujian and Yunnan</li><li>Felt carpets from the steppe</li></ul>");

        var text = ArticleExtractor.Extract(html, new Uri("https://museum.example/news")).Text;

        Assert.Contains("Silk from Kashgar and Khotan\n\nTea from Fujian and Yunnan\n\nFelt carpets from the steppe", text);
    }

    [Fact]
    public void Extract_ListOfLinksInArticle_IsRemoved()
    {
        var html = Article("""<ul><li><a href="/a">Other museums</a></li><li><a href="/b">Opening hours</a></li><li><a href="/c">Tickets</a></li></ul>""");

        var text = ArticleExtractor.Extract(html, new Uri("https://museum.example/news")).Text;

        Assert.DoesNotContain("Other museums", text);
        Assert.Contains("The museum is open every day", text);
    }

    [Fact]
    public void Extract_ListWithBoilerplateName_IsRemoved()
    {
        var html = Article("""<ul class="share-tools"><li>Print this page</li><li>Send by e-mail</li></ul>""");

        var text = ArticleExtractor.Extract(html, new Uri("https://museum.example/news")).Text;

        Assert.DoesNotContain("Print this page", text);
    }
}
