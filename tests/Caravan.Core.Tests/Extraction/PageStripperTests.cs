namespace Caravan.Extraction;

// Article text hidden in wrappers the stripper would otherwise drop whole.
public class PageStripperTests
{
    // Ten paragraphs: more text than a noscript fallback ever holds.
    static readonly string Paragraphs = string.Concat(Enumerable.Range(1, 10).Select(i =>
        $"<p>Paragraph {i} of the report: the council met on Tuesday, heard the residents, and voted on the new water tariff for the district.</p>"));

    [Fact]
    public void Extract_PostInsideTemplateScript_KeepsItsParagraphs()
    {
        var html = $"<html><body><nav><a href='/'>Home</a></nav><div class='post-body'><script type='text/template'>{Paragraphs}</script></div></body></html>";

        var article = ArticleExtractor.Extract(html, new Uri("https://blog.example/2020/05/post.html"));

        Assert.Contains("Paragraph 1 of the report", article.Text);
        Assert.Contains("Paragraph 10 of the report", article.Text);
    }

    [Fact]
    public void Extract_PageSwallowedByUnclosedNoscript_KeepsTheArticle()
    {
        // With scripting off, "</noscript>" is ignored while the div is open, so the whole page nests inside the noscript.
        var html = $"<html><body><noscript><div id='nojs'></noscript><div class='article'><h1>Tariff vote</h1>{Paragraphs}</div></body></html>";

        var article = ArticleExtractor.Extract(html, new Uri("https://news.example/tariff"));

        Assert.Contains("Paragraph 3 of the report", article.Text);
    }

    [Fact]
    public void Extract_ShortNoscriptFallback_IsStillRemoved()
    {
        var html = $"<html><body><noscript><p>Please enable JavaScript to view the comments.</p></noscript><div class='article'>{Paragraphs}</div></body></html>";

        var article = ArticleExtractor.Extract(html, new Uri("https://news.example/tariff"));

        Assert.DoesNotContain("enable JavaScript", article.Text);
        Assert.Contains("Paragraph 1 of the report", article.Text);
    }
}
