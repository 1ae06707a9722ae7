using System.Globalization;
using System.Text;
using System.Xml;

namespace Caravan.Web.Feeds;

/// <summary>Writes RSS 2.0 (https://www.rssboard.org/rss-specification) with an atom:link rel="self" as the RSS Advisory Board recommends.</summary>
static class RssWriter
{
    const string AtomNs = "http://www.w3.org/2005/Atom";
    const string DcNs = "http://purl.org/dc/elements/1.1/";

    public static byte[] Write(FeedDocument feed)
    {
        var stream = new MemoryStream();
        using (var x = XmlWriter.Create(stream, FeedXml.Settings))
        {
            x.WriteStartDocument();
            x.WriteStartElement("rss");
            x.WriteAttributeString("version", "2.0");
            x.WriteAttributeString("xmlns", "atom", null, AtomNs);
            x.WriteAttributeString("xmlns", "dc", null, DcNs);
            x.WriteStartElement("channel");
            x.WriteElementString("title", XmlText.Clean(feed.Title));
            x.WriteElementString("link", feed.HomePageUrl.AbsoluteUri);
            x.WriteElementString("description", XmlText.Clean(feed.Description));
            x.WriteElementString("language", feed.Language);
            x.WriteElementString("lastBuildDate", Rfc822(feed.Updated));
            x.WriteStartElement("atom", "link", AtomNs);
            x.WriteAttributeString("href", feed.FeedUrl(FeedFormat.Rss).AbsoluteUri);
            x.WriteAttributeString("rel", "self");
            x.WriteAttributeString("type", "application/rss+xml");
            x.WriteEndElement();
            foreach (var e in feed.Entries) WriteItem(x, e);
            x.WriteEndElement();
            x.WriteEndElement();
        }
        return stream.ToArray();
    }

    static void WriteItem(XmlWriter x, FeedEntry e)
    {
        x.WriteStartElement("item");
        x.WriteElementString("title", XmlText.Clean(e.Title));
        x.WriteElementString("link", e.Link.AbsoluteUri);
        x.WriteStartElement("guid");
        x.WriteAttributeString("isPermaLink", "true");
        x.WriteString(e.Link.AbsoluteUri);
        x.WriteEndElement();
        x.WriteElementString("pubDate", Rfc822(e.Published));
        // RSS <author> must be an e-mail address; a name goes in dc:creator.
        if (e.Byline is not null) x.WriteElementString("creator", DcNs, XmlText.Clean(e.Byline));
        x.WriteElementString("description", XmlText.Clean(e.ContentHtml()));
        if (e.OutletUrl is not null)
        {
            // RSS 2.0 <source>: "the RSS channel that the item came from", named for attribution.
            x.WriteStartElement("source");
            x.WriteAttributeString("url", e.OutletUrl.AbsoluteUri);
            x.WriteString(XmlText.Clean(e.Outlet));
            x.WriteEndElement();
        }
        x.WriteEndElement();
    }

    /// <summary>RFC 822 §5 date-time (with a four-digit year, as RFC 1123 amends it).</summary>
    public static string Rfc822(DateTimeOffset t) => t.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
}

/// <summary>How outgoing XML feeds are written: UTF-8 bytes straight to the body (no BOM, the declaration says utf-8), indented for people who read them.</summary>
static class FeedXml
{
    public static readonly XmlWriterSettings Settings = new() { Indent = true, Encoding = new UTF8Encoding(false) };
}
