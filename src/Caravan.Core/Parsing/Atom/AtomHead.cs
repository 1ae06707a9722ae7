using Caravan.Parsing.Xml;

namespace Caravan.Parsing.Atom;

/// <summary>Feed-level Atom metadata, shared by atom:feed and an entry's atom:source (RFC 4287 §4.1.1, §4.2.11).</summary>
internal static class AtomHead
{
    public static void Read(FeedNode child, FeedDraft feed)
    {
        switch (child.LocalName.ToLowerInvariant())
        {
            case "title": feed.SetTitle(child, guessHtml: false); break;
            case "subtitle" or "tagline":
                feed.Description ??= TextConstruct.AsHtml(child);
                feed.SubtitleDetail ??= TextConstruct.Detail(child, "text/plain");
                break;
            case "info": feed.InfoDetail ??= TextConstruct.Detail(child, "text/plain"); break;
            case "link": AtomLinks.ReadFeedLink(child, feed); break;
            case "updated" or "modified": feed.UpdatedRaw ??= child.Text(); break;
            case "published" or "issued": feed.PublishedRaw ??= child.Text(); break;
            case "created": feed.CreatedRaw ??= child.Text(); break;
            case "logo":
                feed.Logo ??= ExtensionReader.Url(child.Text(), child);
                feed.Image ??= feed.Logo;
                break;
            case "icon":
                feed.Icon ??= ExtensionReader.Url(child.Text(), child);
                feed.Image ??= feed.Icon;
                break;
            case "generator":
                feed.Generator ??= child.Text().Trim();
                feed.GeneratorDetail ??= new GeneratorInfo(FeedDraft.Blank(child.Text()),
                    ExtensionReader.Url(child.Attribute("uri") ?? child.Attribute("url"), child), FeedDraft.Blank(child.Attribute("version")));
                break;
            case "rights" or "copyright":
                feed.Rights ??= TextConstruct.AsPlain(child);
                feed.RightsDetail ??= TextConstruct.Detail(child, "text/plain");
                break;
            case "author": feed.AddPerson(Person(child)); break;
            case "contributor": if (Person(child) is { } contributor) feed.Contributors.Add(contributor); break;
            case "category": feed.AddCategory(child.Attribute("term") ?? child.Text(), child.Attribute("scheme"), child.Attribute("label")); break;
            case "id": feed.Id ??= child.Text().Trim(); break;
        }
    }

    /// <summary>As feedparser: with no alternate link, the feed's link is its first link of any relation, else a web-URL id.</summary>
    public static void Finish(FeedNode head, FeedDraft feed)
    {
        feed.Link ??= head.Elements().Where(e => AtomMapper.IsAtom(e) && e.LocalName.Equals("link", StringComparison.OrdinalIgnoreCase))
            .Select(e => ExtensionReader.Url(e.Attribute("href"), e)).FirstOrDefault(href => href is not null)
            ?? (AtomMapper.IsWebUrl(feed.Id) ? feed.Id : null);
    }

    /// <summary>RFC 4287 §3.2 person construct (Atom 0.3 calls the URI url or homepage); null when empty.</summary>
    public static Person? Person(FeedNode person)
    {
        string? name = null, email = null, href = null;
        foreach (var part in person.Elements())
        {
            switch (part.LocalName.ToLowerInvariant())
            {
                case "name": name ??= FeedDraft.Blank(TextConstruct.AsPlain(part)); break;
                case "email": email ??= FeedDraft.Blank(part.Text()); break;
                case "uri" or "url" or "homepage": href ??= ExtensionReader.Url(part.Text(), part); break;
            }
        }
        if (name is null && email is null && href is null)
            name = FeedDraft.Blank(person.HasElementChildren ? null : person.Text());
        return name is null && email is null && href is null ? null : new Person(name, email, href);
    }
}
