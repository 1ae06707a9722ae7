using System.Text;

namespace Caravan.Parsing;

/// <summary>The detail records beside the plain fields: text constructs, people, tags, links, source, iTunes, geometry, chapters.</summary>
public class FeedDetailsTests
{
    private static ParsedFeed Parse(string xml) => FeedParserTests.Parse(xml);

    [Fact]
    public void Parse_AtomTextConstructs_ReportMediaTypeLanguageAndBase()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="http://example.com/feed/">
              <title type="html">A &lt;b&gt;bold&lt;/b&gt; title</title>
              <subtitle xml:lang="">No language here</subtitle>
              <entry xml:base="posts/"><title>Plain</title>
                <content type="xhtml" xml:lang="fr"><div xmlns="http://www.w3.org/1999/xhtml"><a href="one.html">un</a></div></content>
              </entry>
            </feed>
            """);
        Assert.Equal(new TextDetail("A <b>bold</b> title", "text/html", "en", "http://example.com/feed/"), feed.TitleDetail);
        Assert.Equal("", feed.SubtitleDetail!.Language);
        var entry = feed.Items[0];
        Assert.Equal("text/plain", entry.TitleDetail!.Type);
        var content = Assert.Single(entry.ContentDetails);
        Assert.Equal(("application/xhtml+xml", "fr", "http://example.com/feed/posts/"), (content.Type, content.Language, content.Base));
        Assert.Equal("<a href=\"http://example.com/feed/posts/one.html\">un</a>", content.Value);
    }

    [Fact]
    public void Parse_RssPeople_SplitsNameAndEmail()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
              <managingEditor>editor@example.com (Jo Editor)</managingEditor>
              <webMaster>Web Master &lt;web@example.com&gt;</webMaster>
              <item><author>me@example.com (Example author)</author><dc:contributor>Helper</dc:contributor></item>
            </channel></rss>
            """);
        Assert.Equal(new Person("Jo Editor", "editor@example.com", null), Assert.Single(feed.AuthorDetails));
        Assert.Equal(new Person("Web Master", "web@example.com", null), feed.Publisher);
        Assert.Equal(["Jo Editor"], feed.Authors);
        var item = feed.Items[0];
        Assert.Equal(new Person("Example author", "me@example.com", null), Assert.Single(item.AuthorDetails));
        Assert.Equal("Helper", Assert.Single(item.Contributors).Name);
    }

    [Fact]
    public void Parse_AtomEntryWithSource_KeepsTheOriginFeedAsAFeedWithoutItems()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>urn:1</id>
              <category term="news" scheme="http://example.com/tags/" label="News"/>
              <link rel="related" href="http://example.com/related" title="Related" hreflang="en" length="42"/>
              <source><id>urn:origin</id><title>Origin</title><link href="http://origin.example/"/>
                <author><name>Ann</name><email>ann@origin.example</email><uri>http://origin.example/ann</uri></author>
                <generator uri="http://gen.example/" version="2.1">Gen</generator></source>
            </entry></feed>
            """);
        var entry = feed.Items[0];
        Assert.Equal(new Category("news", "http://example.com/tags/", "News"), Assert.Single(entry.Tags));
        Assert.Equal(new FeedLink("related", "http://example.com/related", "text/html", "Related", "en", "42"), Assert.Single(entry.Links));
        var source = entry.Source!;
        Assert.Equal(("urn:origin", "Origin", "http://origin.example/"), (source.Id, source.Title, source.Link));
        Assert.Equal(new Person("Ann", "ann@origin.example", "http://origin.example/ann"), Assert.Single(source.AuthorDetails));
        Assert.Equal(new GeneratorInfo("Gen", "http://gen.example/", "2.1"), source.GeneratorDetail);
        Assert.Empty(source.Items);
    }

    [Fact]
    public void Parse_ItunesChannel_ReadsBlockExplicitKeywordsAndOwner()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
              <itunes:block>yes</itunes:block><itunes:explicit>clean</itunes:explicit>
              <itunes:keywords>tech, radio</itunes:keywords>
              <itunes:category text="Technology"><itunes:category text="Gadgets"/></itunes:category>
              <itunes:owner><itunes:name>Owner</itunes:name><itunes:email>o@example.com</itunes:email></itunes:owner>
              <item><itunes:duration>3:00</itunes:duration><itunes:explicit>maybe</itunes:explicit></item>
            </channel></rss>
            """);
        var itunes = feed.Itunes!;
        Assert.True(itunes.Block);
        Assert.False(itunes.Explicit);
        Assert.Equal(["tech", "radio"], itunes.Keywords);
        Assert.Equal(["tech", "radio", "Technology", "Gadgets"], feed.Tags.Select(t => t.Term));
        Assert.Equal(new Person("Owner", "o@example.com", null), feed.Publisher);
        Assert.Equal("3:00", feed.Items[0].Itunes!.Duration);
        Assert.Null(feed.Items[0].Itunes!.Explicit);
    }

    [Fact]
    public void Parse_RssChannelParts_ReadsCloudTextInputImageAndValidity()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns:dcterms="http://purl.org/dc/terms/"><channel>
              <cloud domain="rpc.example.com" port="80" path="/RPC2" registerProcedure="notify" protocol="xml-rpc"/>
              <textInput><title>Search</title><description>Find</description><name>q</name><link>http://example.com/s</link></textInput>
              <image><url>http://example.com/i.png</url><title>Logo</title><link>http://example.com/</link><width>80</width><height>15</height></image>
              <dcterms:valid>start=2002-10-13T09:00+01:00;end=2002-10-17T17:00+01:00;scheme=W3C-DTF</dcterms:valid>
            </channel></rss>
            """);
        Assert.Equal(new FeedCloud("rpc.example.com", "80", "/RPC2", "notify", "xml-rpc"), feed.Cloud);
        Assert.Equal(new FeedTextInput("Search", "Find", "q", "http://example.com/s"), feed.TextInput);
        Assert.Equal(new FeedImage("http://example.com/i.png", "Logo", "http://example.com/", 80, 15, null), feed.ImageDetail);
        Assert.Equal(new DateTimeOffset(2002, 10, 13, 8, 0, 0, TimeSpan.Zero), feed.ValidityStart);
        Assert.Equal(new DateTimeOffset(2002, 10, 17, 16, 0, 0, TimeSpan.Zero), feed.ValidityEnd);
    }

    [Fact]
    public void Parse_GeoRssPolygonAndGmlPoint_ReadShapes()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:georss="http://www.georss.org/georss" xmlns:gml="http://www.opengis.net/gml">
              <entry><georss:polygon>45 -110 46 -110 46 -109 45 -110</georss:polygon></entry>
              <entry><georss:where><gml:Point srsDimension="3"><gml:pos>42.5 -156.25 45</gml:pos></gml:Point></georss:where></entry>
              <entry><georss:polygon>45 -110 46 -110</georss:polygon></entry>
            </feed>
            """);
        var polygon = feed.Items[0].Shape!;
        Assert.Equal("Polygon", polygon.Kind);
        Assert.Equal(4, polygon.Positions.Count);
        Assert.Equal(new GeoPosition(45, -110, null), polygon.Positions[0]);
        var point = feed.Items[1].Shape!;
        Assert.Equal("Point", point.Kind);
        Assert.Equal(new GeoPosition(42.5, -156.25, 45), Assert.Single(point.Positions));
        Assert.Empty(feed.Items[2].Shape!.Positions);
    }

    [Fact]
    public void Parse_PodloveChapters_ReadsTheFirstChapterList()
    {
        var feed = Parse("""
            <rss version="2.0" xmlns:psc="http://podlove.org/simple-chapters"><channel><item>
              <psc:chapters version="1.1"><psc:chapter start="00:00:12.500" title="Intro"/><psc:chapter start="08:26" title="Main" href="http://example.com/main"/></psc:chapters>
              <psc:chapters version="1.1"><psc:chapter start="0" title="Ignored"/></psc:chapters>
            </item></channel></rss>
            """);
        var item = feed.Items[0];
        Assert.Equal("1.1", item.ChaptersVersion);
        Assert.Equal([new Chapter(TimeSpan.FromSeconds(12.5), "Intro", null, null), new Chapter(TimeSpan.FromSeconds(506), "Main", "http://example.com/main", null)], item.Chapters);
    }

    [Fact]
    public void Parse_ContentLanguageHeader_AppliesWhereNoXmlLangIsGiven()
    {
        var xml = """<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title><summary xml:lang="fr">r</summary></entry></feed>""";
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(xml), FeedParseOptions.Default, contentLanguage: "kk");
        Assert.Equal("kk", feed.Language);
        Assert.Equal("kk", feed.Items[0].TitleDetail!.Language);
        Assert.Equal("fr", feed.Items[0].SummaryDetail!.Language);
    }

    [Fact]
    public void Parse_DoubleEncodedUtf8_IsRepairedButLatin1TextIsKept()
    {
        var feed = Parse("""
            <rss version="2.0"><channel>
              <item><title>Ð Ð¾ÑÑÐ¸Ñ</title><description>&#226;&#128;&#166;</description></item>
              <item><title>Café « crème »</title></item>
            </channel></rss>
            """.Replace("Ð Ð¾ÑÑÐ¸Ñ", Encoding.Latin1.GetString(Encoding.UTF8.GetBytes("Россия")), StringComparison.Ordinal));
        Assert.Equal("Россия", feed.Items[0].Title);
        Assert.Equal("…", feed.Items[0].Summary);
        Assert.Equal("Café « crème »", feed.Items[1].Title);
    }
}
