using System.Xml;
using System.Xml.Linq;
using Caravan.Model;

namespace Caravan.Opml;

/// <summary>One subscription of an OPML list.</summary>
public sealed record OpmlOutline(string Title, Uri FeedUrl, Uri? SiteUrl, string? Category, SourceKind Kind, string? Country, string? Language);

/// <summary>
/// OPML 2.0 subscription lists (opml.org/spec2): read leniently (nested folders become categories,
/// `text` stands in for a missing `title`), written so that export → import gives the same sources.
/// Caravan's own fields (country, language, kind) travel in the caravan: namespace.
/// </summary>
public static class OpmlDocument
{
    static readonly XNamespace Cv = "https://caravan.example/opml";

    public static (IReadOnlyList<OpmlOutline> Outlines, IReadOnlyList<string> Problems) Parse(Stream stream)
    {
        XDocument doc;
        try
        {
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"not a valid OPML file: {e.Message}", e);
        }
        if (doc.Root?.Name.LocalName != "opml") throw new InvalidDataException("not an OPML file: the root element is not <opml>");
        var body = doc.Root.Element("body") ?? throw new InvalidDataException("not an OPML file: there is no <body>");
        var outlines = new List<OpmlOutline>();
        var problems = new List<string>();
        Walk(body, null, outlines, problems);
        return (outlines, problems);
    }

    static void Walk(XElement parent, string? category, List<OpmlOutline> outlines, List<string> problems)
    {
        foreach (var o in parent.Elements("outline"))
        {
            var title = (string?)o.Attribute("title") ?? (string?)o.Attribute("text");
            var xmlUrl = (string?)o.Attribute("xmlUrl");
            if (xmlUrl is null)
            {
                Walk(o, title ?? category, outlines, problems);
                continue;
            }
            if (!Uri.TryCreate(xmlUrl.Trim(), UriKind.Absolute, out var feed) || feed.Scheme is not ("http" or "https"))
            {
                problems.Add($"skipped '{title}': xmlUrl '{xmlUrl}' is not an http(s) URL");
                continue;
            }
            Uri.TryCreate((string?)o.Attribute("htmlUrl"), UriKind.Absolute, out var site);
            var kind = Enum.TryParse<SourceKind>((string?)o.Attribute(Cv + "kind"), true, out var k) ? k : SourceKind.Rss;
            outlines.Add(new OpmlOutline(string.IsNullOrWhiteSpace(title) ? feed.Host : title.Trim(), feed, site,
                (string?)o.Attribute("category") ?? category, kind, (string?)o.Attribute(Cv + "country"), (string?)o.Attribute(Cv + "language")));
        }
    }

    public static string Write(IEnumerable<Source> sources, DateTimeOffset created)
    {
        var body = new XElement("body", sources.Select(s => new XElement("outline",
            new XAttribute("type", "rss"),
            new XAttribute("text", s.Name),
            new XAttribute("title", s.Name),
            new XAttribute("xmlUrl", s.FeedUrl.AbsoluteUri),
            s.SiteUrl is null ? null : new XAttribute("htmlUrl", s.SiteUrl.AbsoluteUri),
            new XAttribute(Cv + "kind", s.Kind.ToString().ToLowerInvariant()),
            s.CountryHint is null ? null : new XAttribute(Cv + "country", s.CountryHint),
            s.LanguageHint is null ? null : new XAttribute(Cv + "language", s.LanguageHint))));
        var doc = new XDocument(new XDeclaration("1.0", "utf-8", null),
            new XElement("opml", new XAttribute("version", "2.0"), new XAttribute(XNamespace.Xmlns + "caravan", Cv),
                new XElement("head", new XElement("title", "Caravan subscriptions"), new XElement("dateCreated", created.ToString("R"))),
                body));
        using var sw = new Utf8StringWriter();
        doc.Save(sw);
        return sw.ToString();
    }

    sealed class Utf8StringWriter : StringWriter
    {
        public override System.Text.Encoding Encoding => new System.Text.UTF8Encoding(false);
    }
}
