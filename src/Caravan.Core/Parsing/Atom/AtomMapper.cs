using Caravan.Parsing.Xml;

namespace Caravan.Parsing.Atom;

/// <summary>Maps Atom 1.0 (RFC 4287) and Atom 0.3 documents onto Caravan's records.</summary>
internal static class AtomMapper
{
    public static FeedDraft Map(FeedNode root, FeedFormat format, FeedParseOptions options, List<string> problems)
    {
        var feed = new FeedDraft(format) { Language = root.Lang is { Length: > 0 } lang ? lang : null };
        foreach (var child in root.Elements())
        {
            if (!IsAtom(child))
            {
                if (child.Namespace == Namespaces.Itunes)
                    feed.Itunes.Read(child);
                if (child.Is(Namespaces.Itunes, "image"))
                    feed.Image ??= ExtensionReader.Url(child.Attribute("href"), child);
                continue;
            }
            if (!child.LocalName.Equals("entry", StringComparison.OrdinalIgnoreCase))
            {
                AtomHead.Read(child, feed);
                continue;
            }
            if (feed.Items.Count >= options.MaxItems)
            {
                if (feed.Items.Count == options.MaxItems)
                    problems.Add($"more than {options.MaxItems} items; the rest were dropped");
                continue;
            }
            feed.Items.Add(ReadEntry(child));
        }
        AtomHead.Finish(root, feed);
        return feed;
    }

    private static ItemDraft ReadEntry(FeedNode entry)
    {
        var draft = new ItemDraft { Language = entry.Lang is { Length: > 0 } lang ? lang : null };
        foreach (var child in entry.Elements())
        {
            if (!IsAtom(child))
                continue;
            switch (child.LocalName.ToLowerInvariant())
            {
                case "id": draft.Id ??= child.Text().Trim(); break;
                case "title": draft.SetTitle(child, guessHtml: false); break;
                case "link": AtomLinks.ReadItemElement(child, draft); break;
                case "published" or "issued": draft.PublishedRaw ??= child.Text(); break;
                // feedparser keeps the last of repeated dates; so does Caravan.
                case "updated" or "modified": draft.UpdatedRaw = child.Text(); break;
                case "created": draft.CreatedRaw = child.Text(); draft.PublishedRaw ??= child.Text(); break;
                case "author": draft.AddPerson(AtomHead.Person(child)); break;
                case "contributor": if (AtomHead.Person(child) is { } contributor) draft.Contributors.Add(contributor); break;
                case "summary": draft.SetSummary(child, "text/plain"); break;
                // RFC 4287 §4.1.3.2: content with src and no body is out of line; there is nothing to read here.
                case "content" when child.Attribute("src") is not null && child.Children.Count == 0: break;
                case "content": draft.AddContent(child, "text/plain"); break;
                case "rights" or "copyright": draft.RightsDetail ??= TextConstruct.Detail(child, "text/plain"); break;
                case "category": draft.AddCategory(child.Attribute("term") ?? child.Text(), child.Attribute("scheme"), child.Attribute("label")); break;
                case "source": draft.Source ??= ReadSource(child); break;
            }
        }
        ExtensionReader.Read(entry, draft);
        // As feedparser: an entry without an alternate link is reachable at its id when the id is a web URL
        // (feedparser also copies urn: ids into the link; Caravan does not, a urn is not fetchable).
        draft.Link ??= IsWebUrl(draft.Id) ? draft.Id : null;
        draft.Image ??= HtmlText.FirstImage(draft.Summary) ?? HtmlText.FirstImage(draft.Content);
        return draft;
    }

    /// <summary>RFC 4287 §4.2.11: the metadata of the feed an entry was copied from, read like a feed head.</summary>
    private static ParsedFeed ReadSource(FeedNode source)
    {
        var format = source.Namespace == Namespaces.Atom03 ? FeedFormat.Atom03 : FeedFormat.Atom10;
        var draft = new FeedDraft(format) { Language = source.Lang is { Length: > 0 } lang ? lang : null };
        foreach (var child in source.Elements())
            if (IsAtom(child))
                AtomHead.Read(child, draft);
        AtomHead.Finish(source, draft);
        return FeedParser.Finish(draft, [], "");
    }

    internal static bool IsWebUrl(string? value) =>
        // Text without an "h" cannot have an http(s) scheme: spare Uri the parse of urn: and tag: ids.
        value is not null && value.AsSpan().IndexOfAny('h', 'H') >= 0
        && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    internal static bool IsAtom(FeedNode node) => node.Namespace is Namespaces.Atom10 or Namespaces.Atom03 or "";
}
