using System.Text;

namespace Caravan.Parsing;

public class FeedEncodingTests
{
    static FeedEncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string CyrillicTitle = "Новости Бишкека: правительство утвердило новый бюджет на следующий год";

    private static byte[] Rss(string title, Encoding encoding, string? declaration) =>
        encoding.GetBytes($"{(declaration is null ? "" : $"<?xml version=\"1.0\" encoding=\"{declaration}\"?>")}<rss version=\"2.0\"><channel><title>{title}</title></channel></rss>");

    [Theory]
    [InlineData(1251, "windows-1251")]
    [InlineData(20866, "koi8-r")]
    public void Parse_DeclaredLegacyCyrillic_DecodesTitle(int codePage, string label)
    {
        var feed = FeedParser.Parse(Rss(CyrillicTitle, Encoding.GetEncoding(codePage), label));
        Assert.Equal(CyrillicTitle, feed.Title);
        Assert.Equal(label, feed.EncodingName);
        Assert.Empty(feed.Problems);
    }

    [Theory]
    [InlineData(1251, "windows-1251")]
    [InlineData(20866, "koi8-r")]
    public void Parse_UndeclaredLegacyCyrillic_IsGuessedAndReported(int codePage, string expected)
    {
        var feed = FeedParser.Parse(Rss(CyrillicTitle, Encoding.GetEncoding(codePage), declaration: null));
        Assert.Equal(CyrillicTitle, feed.Title);
        Assert.Equal(expected, feed.EncodingName);
        Assert.NotEmpty(feed.Problems);
    }

    [Fact]
    public void Parse_UndeclaredWindows1252_IsGuessed()
    {
        var feed = FeedParser.Parse(Rss("Café crème à la mode", Encoding.GetEncoding(1252), declaration: null));
        Assert.Equal("Café crème à la mode", feed.Title);
        Assert.Equal("windows-1252", feed.EncodingName);
    }

    [Fact]
    public void Parse_HttpCharset_WinsOverXmlDeclaration()
    {
        // RFC 7303 §3.2: the charset parameter takes precedence over the declaration.
        var feed = FeedParser.Parse(Rss(CyrillicTitle, Encoding.GetEncoding(1251), "utf-8"), contentType: "application/rss+xml; charset=windows-1251");
        Assert.Equal(CyrillicTitle, feed.Title);
    }

    [Theory]
    [InlineData("utf-16le", true)]
    [InlineData("utf-16be", true)]
    [InlineData("utf-32le", true)]
    [InlineData("utf-16le", false)]
    [InlineData("utf-16be", false)]
    public void Parse_Utf16And32_WithAndWithoutBom(string name, bool bom)
    {
        var encoding = name switch
        {
            "utf-16le" => (Encoding)new UnicodeEncoding(false, bom),
            "utf-16be" => new UnicodeEncoding(true, bom),
            _ => new UTF32Encoding(false, bom),
        };
        var text = "<rss version=\"2.0\"><channel><title>" + CyrillicTitle + "</title></channel></rss>";
        var body = encoding.GetPreamble().Concat(encoding.GetBytes(text)).ToArray();
        var feed = FeedParser.Parse(body);
        Assert.Equal(CyrillicTitle, feed.Title);
        Assert.Equal(name, feed.EncodingName);
    }

    [Fact]
    public void Parse_Latin1LabelWithWindows1252Quotes_DecodesCurlyQuotes()
    {
        var body = Encoding.ASCII.GetBytes("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss version=\"2.0\"><channel><title>don\u0000t</title></channel></rss>");
        body[Array.IndexOf(body, (byte)0)] = 0x92;
        Assert.Equal("don\u2019t", FeedParser.Parse(body).Title);
    }
}
