namespace Caravan.Extraction;

// Golden pairs in tests/data/extraction: NAME.html must extract to exactly NAME.expected.txt.
public class GoldenPageTests
{
    static string DataPath(string name) => Path.Combine(AppContext.BaseDirectory, "data", "extraction", name);

    static ExtractedArticle ExtractFile(string name, string url) =>
        ArticleExtractor.Extract(File.ReadAllBytes(DataPath(name + ".html")), new Uri(url), contentTypeHeader: null);

    [Theory]
    [InlineData("news-dateline", "https://steppeherald.example/news/2021/05/court-rejects-release")]
    [InlineData("ru-cp1251-br", "https://almaty-news.example/economy/12345.html")]
    [InlineData("blog-lazy", "https://caravan-notes.example/2021/06/turkestan/")]
    [InlineData("news-standfirst", "https://steppeherald.example/news/2024/04/aral-fishermen")]
    [InlineData("recipe-lists", "https://caravan-kitchen.example/baursak/")]
    [InlineData("blog-invitations", "https://steppe-walks.example/2022/03/otrar/")]
    [InlineData("blog-related-articles", "https://notas-da-estepe.example/2021/06/almaty-bishkek/")]
    public void Extract_GoldenPage_GivesExpectedText(string name, string url)
    {
        var expected = File.ReadAllText(DataPath(name + ".expected.txt")).Replace("\r\n", "\n").Trim();

        var article = ExtractFile(name, url);

        Assert.Equal(expected, article.Text);
    }

    [Fact]
    public void Extract_NewsPage_ReadsMetadataDatelineAndCredit()
    {
        var article = ExtractFile("news-dateline", "https://steppeherald.example/news/2021/05/court-rejects-release");

        Assert.Equal("Court rejects early release for jailed activist", article.Title);
        Assert.Equal("Steppe Herald", article.SiteName);
        Assert.Equal("en", article.Language);
        Assert.Equal(new DateTimeOffset(2021, 5, 12, 9, 30, 0, TimeSpan.FromHours(6)), article.Published);
        Assert.Equal(new DateTimeOffset(2021, 5, 12, 11, 0, 0, TimeSpan.FromHours(6)), article.Modified);
        Assert.Equal(new Uri("https://steppeherald.example/media/2021/05/abishev.jpg"), article.Image);
        Assert.Equal("Azattyq", article.ImageCredit);
        Assert.Equal("QAPSHAGHAI, Kazakhstan", article.Dateline);
        Assert.Equal("A court in Kazakhstan again rejected an early-release request for an ailing activist.", article.Description);
        Assert.Equal(new Uri("https://steppeherald.example/news/2021/05/court-rejects-release"), article.CanonicalUrl);
        Assert.Equal("Aigerim Sadykova", article.Byline);
        Assert.DoesNotContain("<script", article.Html);
        Assert.Contains("<p>QAPSHAGHAI, Kazakhstan", article.Html);
    }

    [Fact]
    public void Extract_LeadAboveBody_DatelineStillReadFromBody()
    {
        var article = ExtractFile("news-standfirst", "https://steppeherald.example/news/2024/04/aral-fishermen");

        Assert.Equal("KAMYSHLYBASH, Kazakhstan", article.Dateline);
        Assert.DoesNotContain("Aigerim Sadykova", article.Text);
    }

    [Fact]
    public void Extract_Cp1251Page_DecodesAndReadsJsonLd()
    {
        var article = ExtractFile("ru-cp1251-br", "https://almaty-news.example/economy/12345.html");

        Assert.Equal("Нацбанк повысил базовую ставку до 16,75%", article.Title);
        Assert.Equal("Ирина Ким", article.Byline);
        Assert.Equal("ru", article.Language);
        Assert.Equal("Новости Алматы", article.SiteName);
        Assert.Equal(new Uri("https://almaty-news.example/img/nbk.jpg"), article.Image);
        Assert.Equal("АЛМАТЫ. 10 ноября", article.Dateline);
        Assert.Equal(new DateTimeOffset(2023, 11, 10, 12, 0, 0, TimeSpan.FromHours(6)), article.Published);
    }

    [Fact]
    public void Extract_LazyImage_ResolvedInHtml()
    {
        var article = ExtractFile("blog-lazy", "https://caravan-notes.example/2021/06/turkestan/");

        Assert.Contains("src=\"https://caravan-notes.example/wp-content/uploads/yasawi.jpg\"", article.Html);
        Assert.Equal("Daniyar Omarov", article.Byline);
        Assert.Equal("en-GB", article.Language);
        Assert.Equal("Walking the old Silk Road through Turkestan", article.Title);
    }

    [Fact]
    public void Extract_EmptyPage_GivesEmptyText()
    {
        var article = ArticleExtractor.Extract("<html><body><nav><a href=/>Home</a></nav></body></html>", null);

        Assert.Equal("", article.Text);
        Assert.Equal("", article.Html);
    }
}
