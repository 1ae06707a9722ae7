using System.Xml;

namespace Caravan.Web.Feeds;

/// <summary>Writes Atom 1.0 (RFC 4287).</summary>
static class AtomWriter
{
    const string Ns = "http://www.w3.org/2005/Atom";

    public static byte[] Write(FeedDocument feed)
    {
        var stream = new MemoryStream();
        using (var x = XmlWriter.Create(stream, FeedXml.Settings))
        {
            x.WriteStartDocument();
            x.WriteStartElement("feed", Ns);
            x.WriteAttributeString("xml", "lang", null, feed.Language);
            x.WriteElementString("id", Ns, feed.FeedUrl(FeedFormat.Atom).AbsoluteUri);
            x.WriteElementString("title", Ns, XmlText.Clean(feed.Title));
            x.WriteElementString("subtitle", Ns, XmlText.Clean(feed.Description));
            x.WriteElementString("updated", Ns, Rfc3339(feed.Updated));
            Link(x, "self", feed.FeedUrl(FeedFormat.Atom), "application/atom+xml");
            Link(x, "alternate", feed.HomePageUrl, "text/html");
            // RFC 4287 §4.1.1: a feed without author needs one in every entry; entries carry their outlet anyway.
            x.WriteStartElement("author", Ns);
            x.WriteElementString("name", Ns, "Caravan");
            x.WriteEndElement();
            x.WriteElementString("generator", Ns, "Caravan");
            foreach (var e in feed.Entries) WriteEntry(x, e);
            x.WriteEndElement();
        }
        return stream.ToArray();
    }

    static void WriteEntry(XmlWriter x, FeedEntry e)
    {
        x.WriteStartElement("entry", Ns);
        x.WriteElementString("id", Ns, e.Link.AbsoluteUri);
        x.WriteElementString("title", Ns, XmlText.Clean(e.Title));
        x.WriteElementString("published", Ns, Rfc3339(e.Published));
        x.WriteElementString("updated", Ns, Rfc3339(e.Updated));
        Link(x, "alternate", e.Link, "text/html");
        // RFC 4287 §4.2.7.2: rel="via" names the source the information came from.
        if (e.ExternalUrl is not null) Link(x, "via", e.ExternalUrl, "text/html");
        if (e.OriginalUrl is not null) Link(x, "related", e.OriginalUrl, "text/html");
        x.WriteStartElement("author", Ns);
        x.WriteElementString("name", Ns, XmlText.Clean(e.Byline is null ? e.Outlet : $"{e.Byline} ({e.Outlet})"));
        if (e.OutletUrl is not null) x.WriteElementString("uri", Ns, e.OutletUrl.AbsoluteUri);
        x.WriteEndElement();
        x.WriteStartElement("summary", Ns);
        x.WriteAttributeString("type", "text");
        x.WriteString(XmlText.Clean(e.Summary));
        x.WriteEndElement();
        x.WriteStartElement("content", Ns);
        x.WriteAttributeString("type", "html");
        x.WriteString(XmlText.Clean(e.ContentHtml()));
        x.WriteEndElement();
        x.WriteEndElement();
    }

    static void Link(XmlWriter x, string rel, Uri href, string type)
    {
        x.WriteStartElement("link", Ns);
        x.WriteAttributeString("rel", rel);
        x.WriteAttributeString("type", type);
        x.WriteAttributeString("href", href.AbsoluteUri);
        x.WriteEndElement();
    }

    /// <summary>RFC 3339 §5.6 date-time in UTC, as RFC 4287 §3.3 requires.</summary>
    public static string Rfc3339(DateTimeOffset t) => t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
