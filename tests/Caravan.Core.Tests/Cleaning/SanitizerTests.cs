namespace Caravan.Cleaning;

public class SanitizerTests
{
    static readonly Uri Base = new("https://example.kz/news/2024/item.html");

    [Fact]
    public void Clean_KeepsArticleMarkup()
    {
        var html = Sanitizer.Clean("<h2>Head</h2><p>Some <strong>bold</strong> and <em>em</em> text.</p><ul><li>one</li></ul><blockquote>q</blockquote>", Base);

        Assert.Equal("<h2>Head</h2><p>Some <strong>bold</strong> and <em>em</em> text.</p><ul><li>one</li></ul><blockquote>q</blockquote>", html);
    }

    [Fact]
    public void Clean_RelativeUrls_MadeAbsolute()
    {
        var html = Sanitizer.Clean("<a href=\"../other.html\">x</a><img src=\"/i/a.jpg\" alt=\"a\"><a href=\"//cdn.example.kz/p\">y</a>", Base);

        Assert.Contains("href=\"https://example.kz/news/other.html\"", html);
        Assert.Contains("src=\"https://example.kz/i/a.jpg\"", html);
        Assert.Contains("href=\"https://cdn.example.kz/p\"", html);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html);
    }

    [Theory]
    [InlineData("<img data-src=\"/big.jpg\" src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">", "https://example.kz/big.jpg")]
    [InlineData("<img data-lazy-src=\"https://cdn.kz/a.jpg\">", "https://cdn.kz/a.jpg")]
    [InlineData("<img srcset=\"/s.jpg 320w, /m.jpg 640w, /l.jpg 1024w\">", "https://example.kz/l.jpg")]
    [InlineData("<img data-srcset=\"/s.jpg 1x, /l.jpg 2x\" src=\"/img/placeholder.png\">", "https://example.kz/l.jpg")]
    [InlineData("<picture><source srcset=\"/p.webp 800w\"><img></picture>", "https://example.kz/p.webp")]
    public void Clean_LazyImages_Resolved(string input, string expectedSrc)
    {
        var html = Sanitizer.Clean(input, Base);

        Assert.Contains($"src=\"{expectedSrc}\"", html);
    }

    [Theory]
    [InlineData("https://www.youtube.com/embed/dQw4w9WgXcQ", true)]
    [InlineData("https://player.vimeo.com/video/123", true)]
    [InlineData("https://rutube.ru/play/embed/abc", true)]
    [InlineData("http://www.youtube.com/embed/x", false)]
    [InlineData("https://evil.example/embed/x", false)]
    [InlineData("https://www.youtube.com.evil.example/embed/x", false)]
    [InlineData("https://www.youtube.com/watch?v=x", false)]
    [InlineData("javascript:alert(1)", false)]
    public void Clean_Iframes_OnlyFromVideoHosts(string src, bool kept)
    {
        var html = Sanitizer.Clean($"<iframe src=\"{src}\" onload=\"alert(1)\"></iframe>", Base);

        Assert.Equal(kept, html.Contains("<iframe", StringComparison.Ordinal));
        Assert.DoesNotContain("onload", html);
        if (kept)
            Assert.Contains("sandbox=", html);
    }

    [Fact]
    public void Clean_DataImageAllowed_DataHtmlRefused()
    {
        var html = Sanitizer.Clean(
            "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\"><a href=\"data:text/html,<script>alert(1)</script>\">x</a><img src=\"data:image/svg+xml,<svg onload=alert(1)>\">", null);

        Assert.Contains("src=\"data:image/png;base64,", html);
        Assert.DoesNotContain("data:text", html);
        Assert.DoesNotContain("svg", html);
    }

    [Fact]
    public void Clean_FormsAndStyles_Removed_TextKept()
    {
        var html = Sanitizer.Clean("<form action=\"/x\"><label>Name</label><input name=q><button>Go</button></form><p style=\"color:red\" class=\"c\" id=\"i\">t</p><style>p{}</style>", Base);

        Assert.Equal("Name<p>t</p>", html);
    }

    [Fact]
    public void ToPlainText_ParagraphsSeparatedByBlankLines()
    {
        var text = Sanitizer.ToPlainText("<h1>Title</h1><p>One\n  two</p><p>Three<br>four</p><ul><li>a</li><li>b</li></ul>");

        Assert.Equal("Title\n\nOne two\n\nThree\nfour\n\na\n\nb", text);
    }
}
