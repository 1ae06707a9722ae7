namespace Caravan.Dedup;

public class UrlCanonicalizerTests
{
    [Theory]
    [InlineData("HTTPS://Example.KZ:443/news/1?utm_source=tg&id=5#comments", "https://example.kz/news/1?id=5")]
    [InlineData("http://example.kz:80", "http://example.kz/")]
    [InlineData("https://example.kz/a?fbclid=IwAR0x&gclid=abc", "https://example.kz/a")]
    [InlineData("https://example.kz/a?b=2&a=1", "https://example.kz/a?a=1&b=2")]
    [InlineData("https://example.kz:8443/a", "https://example.kz:8443/a")]
    public void Canonicalize_FoldsCosmeticDifferences(string url, string expected) =>
        Assert.Equal(expected, UrlCanonicalizer.Canonicalize(url));

    [Fact]
    public void Canonicalize_CanonicalLinkWins() =>
        Assert.Equal("https://outlet.kz/story", UrlCanonicalizer.Canonicalize("https://mirror.example/copy?id=1", "https://outlet.kz/story#top"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a url")]
    public void Canonicalize_NoAbsoluteUrl_IsNull(string? url) => Assert.Null(UrlCanonicalizer.Canonicalize(url));
}
