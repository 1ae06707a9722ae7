using Caravan.Parsing.Xml;

namespace Caravan.Parsing;

/// <summary>atom:link (RFC 4287 §4.2.7) in Atom feeds and inside RSS: alternate, self, hub, next, enclosure.</summary>
internal static class AtomLinks
{
    public static void ReadFeedLink(FeedNode link, FeedDraft feed)
    {
        var href = ExtensionReader.Url(link.Attribute("href"), link);
        if (Detail(link) is { } detail)
            feed.Links.Add(detail);
        if (href is null)
            return;
        switch (Rel(link))
        {
            case "alternate": feed.Link ??= href; break;
            case "self": feed.SelfLink ??= href; break;
            case "hub": if (!feed.HubLinks.Contains(href)) feed.HubLinks.Add(href); break;
            case "next": feed.NextLink ??= href; break;
        }
    }

    /// <summary>Atom elements inside an RSS item: link, author, content, summary, published, updated, category.</summary>
    public static void ReadItemElement(FeedNode element, ItemDraft draft)
    {
        switch (element.LocalName.ToLowerInvariant())
        {
            case "author": draft.AddPerson(Atom.AtomHead.Person(element)); return;
            case "contributor": if (Atom.AtomHead.Person(element) is { } contributor) draft.Contributors.Add(contributor); return;
            case "content": draft.AddContent(element, "text/plain"); return;
            case "summary": draft.SetSummary(element, "text/plain"); return;
            case "published": draft.PublishedRaw ??= element.Text(); return;
            case "updated": draft.UpdatedRaw ??= element.Text(); return;
            case "category": draft.AddCategory(element.Attribute("term") ?? element.Text(), element.Attribute("scheme"), element.Attribute("label")); return;
            case "link": break;
            default: return;
        }
        var detail = Detail(element);
        if (detail is not null)
            draft.Links.Add(detail);
        var href = detail?.Href;
        if (href is null)
            return;
        switch (Rel(element))
        {
            case "alternate": draft.Link ??= href; break;
            case "license": draft.License ??= href; break;
            case "enclosure": draft.AddEnclosure(href, element.Attribute("type"), element.Attribute("length")); break;
            case "replies" when element.Attribute("type")?.Contains("html", StringComparison.OrdinalIgnoreCase) == true:
                draft.CommentsUrl ??= href;
                break;
        }
    }

    /// <summary>
    /// The link with its attributes, as feedparser reports it: rel defaults to alternate, type to
    /// application/atom+xml for self and text/html otherwise; an Atom 0.3 link may carry its URL as text,
    /// and a link without any resolves to the base in effect.
    /// </summary>
    public static FeedLink? Detail(FeedNode link)
    {
        var href = ExtensionReader.Url(link.Attribute("href"), link)
            ?? (link.HasElementChildren ? null : ExtensionReader.Url(link.Text(), link))
            ?? link.BaseUri?.AbsoluteUri;
        if (href is null)
            return null;
        var rel = link.Attribute("rel")?.Trim() is { Length: > 0 } written ? written : "alternate";
        var type = FeedDraft.Blank(link.Attribute("type")) ?? (rel == "self" ? "application/atom+xml" : "text/html");
        return new FeedLink(rel, href, type, link.Attribute("title"), FeedDraft.Blank(link.Attribute("hreflang")), FeedDraft.Blank(link.Attribute("length")));
    }

    /// <summary>RFC 4287 §4.2.7.2: no rel means "alternate"; registered IANA URIs name the same relations.</summary>
    public static string Rel(FeedNode link)
    {
        var rel = link.Attribute("rel")?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(rel))
            return "alternate";
        const string iana = "http://www.iana.org/assignments/relation/";
        return rel.StartsWith(iana, StringComparison.Ordinal) ? rel[iana.Length..] : rel;
    }
}
