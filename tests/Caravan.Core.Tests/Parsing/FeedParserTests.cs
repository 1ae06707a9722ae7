using System.Text;

namespace Caravan.Parsing;

public class FeedParserTests
{
    internal static ParsedFeed Parse(string xml, string? contentType = null, Uri? url = null) =>
        FeedParser.Parse(Encoding.UTF8.GetBytes(xml), url, contentType);

    [Fact]
    public void Parse_WordPressRss20_ReadsItemsWithContentEncoded()
    {
        var feed = Parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel>
              <title>Kun.uz</title><link>https://kun.uz/</link><description>News</description><language>uz</language>
              <item>
                <title>First &amp; foremost</title>
                <link>https://kun.uz/news/1</link>
                <guid isPermaLink="false">post-1</guid>
                <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
                <dc:creator>Ali</dc:creator>
                <category>Politics</category>
                <description><![CDATA[<p>Short</p>]]></description>
                <content:encoded><![CDATA[<p>Long body</p>]]></content:encoded>
                <enclosure url="https://kun.uz/a.jpg" type="image/jpeg" length="1234"/>
              </item>
            </channel></rss>
            """);
        Assert.Equal(FeedFormat.Rss20, feed.Format);
        Assert.Empty(feed.Problems);
        Assert.Equal("Kun.uz", feed.Title);
        Assert.Equal("uz", feed.Language);
        var item = Assert.Single(feed.Items);
        Assert.Equal("First & foremost", item.Title);
        Assert.Equal("post-1", item.Id);
        Assert.Equal("id:post-1", item.Key);
        Assert.Equal(new DateTimeOffset(2003, 6, 10, 4, 0, 0, TimeSpan.Zero), item.Published);
        Assert.Equal(["Ali"], item.Authors);
        Assert.Equal(["Politics"], item.Categories);
        Assert.Equal("<p>Short</p>", item.Summary);
        Assert.Equal("<p>Long body</p>", item.Content);
        Assert.Equal(new Enclosure("https://kun.uz/a.jpg", "image/jpeg", 1234), Assert.Single(item.Enclosures));
        Assert.Equal("https://kun.uz/a.jpg", item.Image);
    }

    [Fact]
    public void Parse_Rss10Rdf_ReadsItemsBesideTheChannel()
    {
        var feed = Parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="http://example.com/"><title>RDF</title><link>http://example.com/</link></channel>
              <item rdf:about="http://example.com/1"><title>One</title><link>http://example.com/1</link><dc:date>2004-01-02T03:04:05+03:00</dc:date></item>
            </rdf:RDF>
            """);
        Assert.Equal(FeedFormat.Rss10, feed.Format);
        var item = Assert.Single(feed.Items);
        Assert.Equal("http://example.com/1", item.Id);
        Assert.Equal(new DateTimeOffset(2004, 1, 2, 0, 4, 5, TimeSpan.Zero), item.Published);
    }

    [Fact]
    public void Parse_Atom10_ResolvesXmlBaseAndReadsXhtmlContent()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/blog/" xml:lang="en">
              <title type="html">A &lt;b&gt;bold&lt;/b&gt; title</title>
              <link href="/"/><link rel="self" href="feed.atom"/>
              <updated>2005-07-31T12:29:29Z</updated>
              <entry>
                <id>tag:example.org,2003:3.2397</id><title>Entry</title>
                <link rel="alternate" href="2005/04/02/atom"/>
                <author><name>Mark</name></author>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hi <a href="x">there</a></p></div></content>
              </entry>
            </feed>
            """);
        Assert.Equal(FeedFormat.Atom10, feed.Format);
        Assert.Equal("A bold title", feed.Title);
        Assert.Equal("http://example.org/", feed.Link);
        Assert.Equal("http://example.org/blog/feed.atom", feed.SelfLink);
        var item = Assert.Single(feed.Items);
        Assert.Equal("http://example.org/blog/2005/04/02/atom", item.Link);
        Assert.Equal("<p>Hi <a href=\"http://example.org/blog/x\">there</a></p>", item.Content);
        Assert.Equal(["Mark"], item.Authors);
        Assert.Equal("en", item.Language);
    }

    [Fact]
    public void Parse_JsonFeed11_ReadsItems()
    {
        var feed = Parse("""
            {"version":"https://jsonfeed.org/version/1.1","title":"J","home_page_url":"https://j.example/",
             "items":[{"id":7,"url":"https://j.example/7","content_text":"a < b","date_published":"2020-01-02T03:04:05Z","authors":[{"name":"Z"}],"tags":["t"]}]}
            """);
        Assert.Equal(FeedFormat.Json11, feed.Format);
        var item = Assert.Single(feed.Items);
        Assert.Equal("7", item.Id);
        Assert.Equal("a &lt; b", item.Content);
        Assert.Equal(["Z"], item.Authors);
    }

    [Fact]
    public void Parse_UndefinedEntitiesAndBareAmpersand_RecoversItemsAndReportsProblems()
    {
        var feed = Parse("""
            <rss version="2.0"><channel><title>Caf&eacute; &nbsp;news & more</title>
            <item><title>One</title><link>http://x/?a=1&b=2</link></item>
            <item><title>Two <b>bold</title></item>
            </channel></rss>
            """);
        Assert.Equal(FeedFormat.Rss20, feed.Format);
        Assert.NotEmpty(feed.Problems);
        Assert.Equal("Café \u00a0news & more", feed.Title);
        Assert.Equal(2, feed.Items.Count);
        Assert.Equal("http://x/?a=1&b=2", feed.Items[0].Link);
    }

    [Fact]
    public void Parse_HtmlPage_ReturnsFeedLinks()
    {
        var feed = Parse("""
            <!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body></body></html>
            """, url: new Uri("https://site.example/page"));
        Assert.Equal(FeedFormat.Html, feed.Format);
        Assert.Equal(["https://site.example/rss"], feed.FeedLinks);
    }

    [Fact]
    public void Parse_Garbage_IsUnknownWithProblems()
    {
        var feed = Parse("hello world");
        Assert.Equal(FeedFormat.Unknown, feed.Format);
        Assert.NotEmpty(feed.Problems);
    }

    [Fact]
    public void Parse_RepeatedGuids_GivesDistinctKeys()
    {
        var feed = Parse("""
            <rss version="2.0"><channel>
            <item><guid>http://site/</guid><link>http://site/a</link><title>A</title></item>
            <item><guid>http://site/</guid><link>http://site/b</link><title>B</title></item>
            <item><title>C</title><description>c</description></item>
            </channel></rss>
            """);
        Assert.Equal(3, feed.Items.Select(i => i.Key).Distinct().Count());
        Assert.Equal("http://site/", feed.Items[0].Id);
        Assert.StartsWith("sha256:", feed.Items[2].Key);
    }

    [Fact]
    public void Parse_ChannelMetadata_ReadsRightsAuthorsCategoriesAndLinks()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel><title>T</title><link>https://t.example/</link><copyright>© 2026 T</copyright>
            <managingEditor>desk@t.example (News Desk)</managingEditor><category>World</category><dc:subject>Asia</dc:subject>
            <atom:link rel="self" href="https://t.example/feed"/><atom:link rel="hub" href="https://hub.example/"/>
            <atom:link rel="next" href="https://t.example/feed?page=2"/><ttl>30</ttl>
            <skipHours><hour>0</hour><hour>1</hour></skipHours><skipDays><day>Sunday</day></skipDays>
            </channel></rss>
            """);
        Assert.Equal("© 2026 T", feed.Rights);
        Assert.Equal(["News Desk"], feed.Authors);
        Assert.Equal(["World", "Asia"], feed.Categories);
        Assert.Equal("https://t.example/feed", feed.SelfLink);
        Assert.Equal(["https://hub.example/"], feed.HubLinks);
        Assert.Equal("https://t.example/feed?page=2", feed.NextLink);
        Assert.Equal(30, feed.TtlMinutes);
        Assert.Equal([0, 1], feed.SkipHours);
        Assert.Equal([DayOfWeek.Sunday], feed.SkipDays);
        Assert.Equal("rss20", feed.Version);
    }

    [Fact]
    public void Parse_MediaRssGeoAndSlash_FillItemExtras()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:georss="http://www.georss.org/georss" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
            <channel><item><title>Flood</title><link>https://t.example/1</link>
            <media:content url="https://t.example/1.jpg" medium="image"><media:credit>Photo: AKIpress</media:credit></media:content>
            <georss:point>42.87 74.59</georss:point><slash:comments>12</slash:comments><comments>https://t.example/1#c</comments>
            </item></channel></rss>
            """);
        var item = Assert.Single(feed.Items);
        Assert.Equal("https://t.example/1.jpg", item.Image);
        Assert.Equal("Photo: AKIpress", item.ImageCredit);
        Assert.Equal(new GeoPoint(42.87, 74.59), item.Geo);
        Assert.Equal(12, item.CommentsCount);
        Assert.Equal("https://t.example/1#c", item.CommentsUrl);
    }
}
