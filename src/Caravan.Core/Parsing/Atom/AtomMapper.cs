using Caravan.Parsing.Xml;

namespace Caravan.Parsing.Atom;

/// <summary>Maps Atom 1.0 (RFC 4287) and Atom 0.3 documents onto Caravan's records.</summary>
internal static class AtomMapper
{
    public static FeedDraft Map(FeedNode root, FeedFormat format, FeedParseOptions options, List<string> problems)
    {
        var feed = new FeedDraft(format) { Language = root.Lang };
        string? feedId = null;
        foreach (var child in root.Elements())
        {
            if (!IsAtom(child))
            {
                if (child.Is(Namespaces.Itunes, "image"))
                    feed.Image ??= ExtensionReader.Url(child.Attribute("href"), child);
                continue;
            }
            switch (child.LocalName.ToLowerInvariant())
            {
                case "title": feed.SetTitle(child); break;
                case "subtitle" or "tagline": feed.Description ??= TextConstruct.AsHtml(child); break;
                case "link": AtomLinks.ReadFeedLink(child, feed); break;
                case "updated" or "modified": feed.UpdatedRaw ??= child.Text(); break;
                case "published" or "issued": feed.PublishedRaw ??= child.Text(); break;
                case "logo": feed.Image ??= ExtensionReader.Url(child.Text(), child); break;
                case "icon": feed.Image ??= ExtensionReader.Url(child.Text(), child); break;
                case "generator": feed.Generator ??= child.Text().Trim(); break;
                case "rights" or "copyright": feed.Rights ??= TextConstruct.AsPlain(child); break;
                case "author": feed.AddAuthor(TextConstruct.AsPlain(child.Element(child.Namespace, "name")) ?? TextConstruct.AsPlain(child.Element(child.Namespace, "email"))); break;
                case "category": feed.AddCategory(child.Attribute("term") ?? child.Attribute("label") ?? child.Text()); break;
                case "id": feedId ??= child.Text().Trim(); break;
                case "entry":
                    if (feed.Items.Count >= options.MaxItems)
                    {
                        if (feed.Items.Count == options.MaxItems)
                            problems.Add($"more than {options.MaxItems} items; the rest were dropped");
                        continue;
                    }
                    feed.Items.Add(ReadEntry(child));
                    break;
            }
        }
        // As feedparser: with no alternate link, the feed's link is its first link of any relation, else a web-URL id.
        feed.Link ??= root.Elements().Where(e => IsAtom(e) && e.LocalName.Equals("link", StringComparison.OrdinalIgnoreCase))
            .Select(e => ExtensionReader.Url(e.Attribute("href"), e)).FirstOrDefault(href => href is not null)
            ?? (IsWebUrl(feedId) ? feedId : null);
        return feed;
    }

    private static ItemDraft ReadEntry(FeedNode entry)
    {
        var draft = new ItemDraft { Language = entry.Lang };
        foreach (var child in entry.Elements())
        {
            if (!IsAtom(child))
                continue;
            switch (child.LocalName.ToLowerInvariant())
            {
                case "id": draft.Id ??= child.Text().Trim(); break;
                case "title": draft.SetTitle(child); break;
                case "link": AtomLinks.ReadItemElement(child, draft); break;
                case "published" or "issued": draft.PublishedRaw ??= child.Text(); break;
                case "updated" or "modified": draft.UpdatedRaw ??= child.Text(); break;
                case "created": draft.PublishedRaw ??= child.Text(); break;
                case "author":
                    draft.AddAuthor(TextConstruct.AsPlain(child.Element(child.Namespace, "name")) ?? TextConstruct.AsPlain(child.Element(child.Namespace, "email")));
                    break;
                case "summary": draft.Summary ??= TextConstruct.AsHtml(child); break;
                case "content": draft.Content ??= ReadContent(child); break;
                case "category": draft.AddCategory(child.Attribute("term") ?? child.Attribute("label") ?? child.Text()); break;
            }
        }
        ExtensionReader.Read(entry, draft);
        // As feedparser: an entry without an alternate link is reachable at its id when the id is a web URL
        // (feedparser also copies urn: ids into the link; Caravan does not, a urn is not fetchable).
        draft.Link ??= IsWebUrl(draft.Id) ? draft.Id : null;
        draft.Image ??= HtmlText.FirstImage(draft.Summary) ?? HtmlText.FirstImage(draft.Content);
        return draft;
    }

    /// <summary>RFC 4287 §4.1.3: content with src is out-of-line (no body here); other types are text constructs or media.</summary>
    private static string? ReadContent(FeedNode content)
    {
        if (content.Attribute("src") is not null && content.Children.Count == 0)
            return null;
        return TextConstruct.AsHtml(content);
    }

    private static bool IsWebUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static bool IsAtom(FeedNode node) => node.Namespace is Namespaces.Atom10 or Namespaces.Atom03 or "";
}
