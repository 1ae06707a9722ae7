using Caravan.Parsing.Xml;
using static Caravan.Parsing.Xml.Namespaces;

namespace Caravan.Parsing.Rss;

/// <summary>Maps RSS 0.9x, 1.0 (RDF) and 2.0 documents, with their common extensions, onto Caravan's records.</summary>
internal static class RssMapper
{
    public static FeedDraft Map(FeedNode root, FeedFormat format, FeedParseOptions options, List<string> problems)
    {
        var feed = new FeedDraft(format);
        var channel = FindChild(root, "channel");
        // feedparser reads a channel-less document without complaint; so does Caravan (its items may sit at the root).
        if (channel is not null)
            ReadChannel(channel, feed);
        feed.Language ??= root.Lang ?? channel?.Lang;
        // RSS 1.0 §5.4, §5.6: image and textinput sit beside the channel, not in it.
        feed.Image ??= ImageOf(FindChild(root, "image"));
        // The channel's own image/textinput is then only an rdf:resource reference to them.
        if (FindChild(root, "image") is { HasElementChildren: true } rdfImage)
            feed.ImageDetail = RssChannelParts.Image(rdfImage);
        if (FindChild(root, "textinput") is { HasElementChildren: true } rdfInput)
            feed.TextInput = RssChannelParts.TextInput(rdfInput);
        // Userland's RSS 0.92 redirect: <redirect><newLocation>url</newLocation></redirect> beside the channel.
        if (FindChild(root, "redirect") is { } redirect && FindChild(redirect, "newLocation") is { } moved)
            feed.NewLocation ??= ExtensionReader.Url(moved.Text(), moved);

        // RSS 2.0 puts items in the channel, RSS 1.0 and 0.90 beside it; lenient feeds do either.
        if (channel is null || ReadItems(channel, feed, options, problems))
            ReadItems(root, feed, options, problems);
        return feed;
    }

    /// <summary>Reads the parent's items; false once the item limit is reached (reported once).</summary>
    private static bool ReadItems(FeedNode parent, FeedDraft feed, FeedParseOptions options, List<string> problems)
    {
        foreach (var node in parent.Elements())
        {
            if (!IsRss(node) || !node.LocalName.Equals("item", StringComparison.OrdinalIgnoreCase))
                continue;
            if (feed.Items.Count >= options.MaxItems)
            {
                problems.Add($"more than {options.MaxItems} items; the rest were dropped");
                return false;
            }
            feed.Items.Add(ReadItem(node));
        }
        return true;
    }

    private static void ReadChannel(FeedNode channel, FeedDraft feed)
    {
        // CDF (Microsoft's Channel Definition Format) puts the link and date in HREF and LASTMOD attributes.
        feed.Link ??= ExtensionReader.Url(channel.Attribute("href"), channel);
        feed.UpdatedRaw ??= channel.Attribute("lastmod");
        foreach (var child in channel.Elements())
        {
            if (IsRss(child))
            {
                switch (child.LocalName.ToLowerInvariant())
                {
                    case "title": feed.SetTitle(child); break;
                    case "link": feed.Link ??= ExtensionReader.Url(child.Text(), child); break;
                    case "description" or "abstract":
                        feed.Description ??= TextConstruct.AsHtml(child);
                        feed.SubtitleDetail ??= TextConstruct.Detail(child, "text/html");
                        break;
                    case "language": feed.Language ??= child.Text().Trim(); break;
                    case "lastbuilddate": feed.UpdatedRaw ??= child.Text(); break;
                    case "pubdate": feed.PublishedRaw ??= child.Text(); break;
                    case "image":
                        feed.Image ??= ImageOf(child);
                        feed.ImageDetail ??= RssChannelParts.Image(child);
                        break;
                    case "generator": feed.Generator ??= child.Text().Trim(); break;
                    case "copyright":
                        feed.Rights ??= TextConstruct.AsPlain(child);
                        feed.RightsDetail ??= TextConstruct.Detail(child, "text/plain", guessHtml: true);
                        break;
                    case "managingeditor" or "author": AddRssAuthor(feed, child.Text()); break;
                    case "webmaster": feed.Publisher ??= PersonText.Parse(child.Text()); break;
                    case "category": feed.AddCategory(child.Text(), child.Attribute("domain")); break;
                    case "cloud": feed.Cloud ??= RssChannelParts.Cloud(child); break;
                    case "textinput": feed.TextInput ??= RssChannelParts.TextInput(child); break;
                    case "docs": feed.Docs ??= ExtensionReader.Url(child.Text(), child); break;
                    case "ttl": feed.TtlMinutes = int.TryParse(child.Text().Trim(), out var ttl) && ttl >= 0 ? ttl : null; break;
                    case "skiphours":
                        foreach (var hour in child.Elements())
                            if (int.TryParse(hour.Text().Trim(), out var h) && h is >= 0 and <= 24 && !feed.SkipHours.Contains(h % 24))
                                feed.SkipHours.Add(h % 24);
                        break;
                    case "skipdays":
                        foreach (var day in child.Elements())
                            if (Enum.TryParse<DayOfWeek>(day.Text().Trim(), ignoreCase: true, out var d) && !feed.SkipDays.Contains(d))
                                feed.SkipDays.Add(d);
                        break;
                }
                continue;
            }
            if (child.Is(DcTerms, "valid"))
                RssChannelParts.ReadValidity(child, feed);
            else if (child.Namespace == Atom10 && child.LocalName == "link")
                AtomLinks.ReadFeedLink(child, feed);
            else if (child.Namespace is DublinCore or DcTerms)
                RssChannelParts.ReadDublinCore(child, feed);
            else if (child.Namespace == Itunes)
                RssChannelParts.ReadItunes(child, feed);
            else if (child.Namespace == Media)
                feed.Image ??= RssChannelParts.MediaImage(child);
            else if (child.Is(Atom10, "updated"))
                feed.UpdatedRaw ??= child.Text();
        }
    }

    private static ItemDraft ReadItem(FeedNode item)
    {
        var draft = new ItemDraft { Language = item.Lang is { Length: > 0 } lang ? lang : null };
        draft.Link = ExtensionReader.Url(item.Attribute("href"), item);
        draft.UpdatedRaw = item.Attribute("lastmod");
        string? guidLink = null;
        foreach (var child in item.Elements())
        {
            if (IsRss(child))
            {
                switch (child.LocalName.ToLowerInvariant())
                {
                    case "title": draft.SetTitle(child); break;
                    case "link":
                        var itemLink = ExtensionReader.Url(child.Text(), child);
                        draft.Link ??= itemLink;
                        if (itemLink is not null) draft.Links.Add(new FeedLink("alternate", itemLink, "text/html", null, null, null));
                        break;
                    case "description" or "abstract": draft.SetSummary(child, "text/html"); break;
                    case "body": draft.AddContent(child, "application/xhtml+xml", MarkupWriter.InnerMarkup(child).Trim()); break;
                    case "fullitem": draft.AddContent(child, "text/html"); break;
                    case "pubdate": draft.PublishedRaw ??= child.Text(); break;
                    case "expirationdate": draft.ExpiredRaw = child.Text(); break; // the last one counts, as in feedparser
                    case "author":
                        draft.AddAuthor(AuthorName(child.Text()));
                        if (PersonText.Parse(child.Text()) is { } person) draft.AuthorDetails.Add(person);
                        break;
                    case "category": draft.AddCategory(child.Text(), child.Attribute("domain")); break;
                    case "source": draft.Source ??= RssChannelParts.Source(child); break;
                    case "comments": draft.CommentsUrl ??= ExtensionReader.Url(child.Text(), child); break;
                    case "enclosure":
                        var enclosure = ExtensionReader.Url(child.Attribute("url"), child);
                        draft.AddEnclosure(enclosure, child.Attribute("type"), child.Attribute("length"));
                        if (enclosure is not null)
                            draft.Links.Add(new FeedLink("enclosure", enclosure, FeedDraft.Blank(child.Attribute("type")) ?? "text/html", null, null, FeedDraft.Blank(child.Attribute("length"))));
                        break;
                    case "guid":
                        draft.Id ??= child.Text().Trim();
                        // RSS 2.0: a guid is a permalink unless isPermaLink="false".
                        if (!string.Equals(child.Attribute("isPermaLink")?.Trim(), "false", StringComparison.OrdinalIgnoreCase)
                            && Uri.TryCreate(child.Text().Trim(), UriKind.Absolute, out var guidUri) && guidUri.Scheme is "http" or "https")
                            guidLink ??= guidUri.OriginalString;
                        break;
                }
            }
            else if (child.Namespace == Atom10)
                AtomLinks.ReadItemElement(child, draft);
        }
        ExtensionReader.Read(item, draft);
        // RSS 1.0 §5.5: rdf:about is the item's URI.
        draft.Id ??= item.Attribute("about", Rdf)?.Trim();
        draft.Link ??= guidLink;
        if (draft.Image is null && draft.Enclosures.Find(e => e.Type?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true) is { } picture)
            draft.Image = picture.Url;
        draft.Image ??= HtmlText.FirstImage(draft.Summary) ?? HtmlText.FirstImage(draft.Content);
        return draft;
    }

    private static void AddRssAuthor(FeedDraft feed, string text)
    {
        feed.AddAuthor(AuthorName(text));
        if (PersonText.Parse(text) is { } person)
            feed.AuthorDetails.Add(person);
    }

    /// <summary>RSS 2.0 author is an email with an optional name: "jo@example.com (Jo Doe)", "Jo Doe (jo@example.com)" and "Jo Doe &lt;jo@example.com&gt;" all name Jo Doe.</summary>
    public static string AuthorName(string text)
    {
        var trimmed = text.Trim();
        var open = trimmed.IndexOf('(');
        if (open > 0 && trimmed.EndsWith(')'))
        {
            var outside = trimmed[..open].Trim();
            var inside = trimmed[(open + 1)..^1].Trim();
            return inside.Contains('@') && !outside.Contains('@') ? outside : inside;
        }
        var angle = trimmed.IndexOf('<');
        if (angle > 0 && trimmed.EndsWith('>') && trimmed.Contains('@'))
            return trimmed[..angle].Trim().Trim('"');
        return trimmed;
    }

    internal static string? ImageOf(FeedNode? image) =>
        image is null ? null : ExtensionReader.Url(FindChild(image, "url")?.Text() ?? image.Attribute("resource", Rdf), image);

    internal static FeedNode? FindChild(FeedNode parent, string localName)
    {
        foreach (var node in parent.Elements())
            if (IsRss(node) && node.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase))
                return node;
        return null;
    }

    /// <summary>RSS's own elements: no namespace, or the RSS 0.90 / 1.0 / Userland namespaces.</summary>
    public static bool IsRss(FeedNode node) => node.Namespace is "" or Rss10 or Rss090 or Rss2Userland or Rss2Userland2 or "http://backend.userland.com/rss" or "http://backend.userland.com/rss2.1";
}
