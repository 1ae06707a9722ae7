using Caravan.Parsing.Xml;

namespace Caravan.Parsing;

/// <summary>atom:link (RFC 4287 §4.2.7) in Atom feeds and inside RSS: alternate, self, hub, next, enclosure.</summary>
internal static class AtomLinks
{
    public static void ReadFeedLink(FeedNode link, FeedDraft feed)
    {
        var href = ExtensionReader.Url(link.Attribute("href"), link);
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
            case "author": draft.AddAuthor(TextConstruct.AsPlain(element.Element(element.Namespace, "name") ?? element)); return;
            case "content": draft.Content ??= TextConstruct.AsHtml(element); return;
            case "summary": draft.Summary ??= TextConstruct.AsHtml(element); return;
            case "published": draft.PublishedRaw ??= element.Text(); return;
            case "updated": draft.UpdatedRaw ??= element.Text(); return;
            case "category": draft.AddCategory(element.Attribute("term") ?? element.Text()); return;
            case "link": break;
            default: return;
        }
        var href = ExtensionReader.Url(element.Attribute("href"), element);
        if (href is null)
            return;
        switch (Rel(element))
        {
            case "alternate": draft.Link ??= href; break;
            case "enclosure": draft.AddEnclosure(href, element.Attribute("type"), element.Attribute("length")); break;
            case "replies" when element.Attribute("type")?.Contains("html", StringComparison.OrdinalIgnoreCase) == true:
                draft.CommentsUrl ??= href;
                break;
        }
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
