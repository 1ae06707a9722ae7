using Caravan.Parsing.Xml;

namespace Caravan.Parsing.Atom;

/// <summary>Maps Atom 1.0 (RFC 4287) and Atom 0.3 documents onto Caravan's records.</summary>
internal static class AtomMapper
{
    public static FeedDraft Map(FeedNode root, FeedFormat format, FeedParseOptions options, List<string> problems)
    {
        var feed = new FeedDraft(format) { Language = root.Lang };
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
        return draft;
    }

    /// <summary>RFC 4287 §4.1.3: content with src is out-of-line (no body here); other types are text constructs or media.</summary>
    private static string? ReadContent(FeedNode content)
    {
        if (content.Attribute("src") is not null && content.Children.Count == 0)
            return null;
        return TextConstruct.AsHtml(content);
    }

    private static bool IsAtom(FeedNode node) => node.Namespace is Namespaces.Atom10 or Namespaces.Atom03 or "";
}
