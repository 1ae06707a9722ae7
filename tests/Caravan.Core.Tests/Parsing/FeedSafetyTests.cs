using System.Text;

namespace Caravan.Parsing;

public class FeedSafetyTests
{
    [Fact]
    public void Parse_BillionLaughs_IsRefusedWithAProblem()
    {
        var xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rss version="2.0"><channel><title>&lol9;</title></channel></rss>
            """;
        var feed = FeedParserTests.Parse(xml);
        Assert.NotEmpty(feed.Problems);
        Assert.True((feed.Title?.Length ?? 0) <= FeedParseOptions.Default.MaxEntityExpansionChars);
    }

    [Fact]
    public void Parse_ExternalEntity_IsNeverLoaded()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "TOP-SECRET");
        try
        {
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
                <rss version="2.0"><channel><title>a&xxe;b</title></channel></rss>
                """;
            var feed = FeedParserTests.Parse(xml);
            Assert.DoesNotContain("TOP-SECRET", feed.Title ?? "");
            Assert.NotEmpty(feed.Problems);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void Parse_DocumentOverSizeLimit_IsRefused()
    {
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>big</title></channel></rss>"), new FeedParseOptions { MaxDocumentBytes = 10 });
        Assert.Equal(FeedFormat.Unknown, feed.Format);
        Assert.Contains(feed.Problems, p => p.Contains("exceeds the limit", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TooManyItems_KeepsTheLimitAndReports()
    {
        var items = string.Concat(Enumerable.Range(0, 20).Select(i => $"<item><guid>{i}</guid></item>"));
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes($"<rss version=\"2.0\"><channel>{items}</channel></rss>"), new FeedParseOptions { MaxItems = 5 });
        Assert.Equal(5, feed.Items.Count);
        Assert.Contains(feed.Problems, p => p.Contains("more than 5 items", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Parse_DeepNesting_IsRefusedInStrictAndLenientPaths(bool wellFormed)
    {
        var depth = 5000;
        var xml = "<rss version=\"2.0\"><channel>" + string.Concat(Enumerable.Repeat("<x>", depth)) + (wellFormed ? string.Concat(Enumerable.Repeat("</x>", depth)) : "&bogus;") + "</channel></rss>";
        var feed = FeedParserTests.Parse(xml);
        Assert.Equal(FeedFormat.Unknown, feed.Format);
        Assert.Contains(feed.Problems, p => p.Contains("nesting deeper than", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><title>T</title><item><title>A</item></channel></rss>")]
    [InlineData("<rss version=\"2.0\"><channel><title>T</title><item><title>A</title></item>")]
    [InlineData("<rss version=\"2.0\"><channel><title>T\u0001\u0002</title><item><title>A</title></item></channel></rss>junk<after>")]
    [InlineData("<rss version=\"2.0\"><channel><title>T</title><item><title>A < B</title></item></channel></rss>")]
    [InlineData("<rss version=\"2.0\"><channel><title>T</title><item><title><![CDATA[A")]
    public void Parse_Malformed_RecoversItemsAndReportsProblems(string xml)
    {
        var feed = FeedParserTests.Parse(xml);
        Assert.Equal(FeedFormat.Rss20, feed.Format);
        Assert.StartsWith("T", feed.Title);
        Assert.Single(feed.Items);
        Assert.StartsWith("A", feed.Items[0].Title);
        Assert.NotEmpty(feed.Problems);
    }

    [Fact]
    public void Parse_RandomBytes_NeverThrows()
    {
        var random = new Random(42);
        for (var i = 0; i < 200; i++)
        {
            var body = new byte[random.Next(0, 400)];
            random.NextBytes(body);
            if (i % 2 == 0 && body.Length > 10)
                Encoding.ASCII.GetBytes("<rss><item>").CopyTo(body, 0);
            var feed = FeedParser.Parse(body);
            Assert.NotNull(feed.Problems);
        }
    }
}
