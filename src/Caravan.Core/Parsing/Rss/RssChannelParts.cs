using System.Globalization;
using Caravan.Parsing.Xml;
using static Caravan.Parsing.Xml.Namespaces;

namespace Caravan.Parsing.Rss;

/// <summary>The smaller parts of an RSS channel: image, cloud, textInput, item source, and the Dublin Core and iTunes channel elements.</summary>
internal static class RssChannelParts
{
    /// <summary>The scheme feedparser gives iTunes categories and keywords.</summary>
    public const string ItunesScheme = "http://www.itunes.com/";

    public static FeedImage Image(FeedNode image)
    {
        string? Part(string name) => FeedDraft.Blank(RssMapper.FindChild(image, name)?.Text());
        int? Number(string name) => int.TryParse(Part(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
        return new FeedImage(RssMapper.ImageOf(image), Part("title"), ExtensionReader.Url(Part("link"), image), Number("width"), Number("height"), Part("description"));
    }

    /// <summary>A channel-level media:thumbnail, or media:content that is an image: the feed's picture when it has no &lt;image&gt;.</summary>
    public static string? MediaImage(FeedNode media)
    {
        var url = ExtensionReader.Url(media.Attribute("url"), media);
        return media.LocalName.ToLowerInvariant() switch
        {
            "thumbnail" => url,
            "content" when media.Attribute("medium") == "image" || media.Attribute("type")?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true => url,
            _ => null,
        };
    }

    public static FeedCloud Cloud(FeedNode cloud) =>
        new(cloud.Attribute("domain"), cloud.Attribute("port"), cloud.Attribute("path"), cloud.Attribute("registerProcedure"), cloud.Attribute("protocol"));

    public static FeedTextInput TextInput(FeedNode input)
    {
        string? Part(string name) => FeedDraft.Blank(RssMapper.FindChild(input, name)?.Text());
        return new FeedTextInput(Part("title"), Part("description"), Part("name"), ExtensionReader.Url(Part("link"), input));
    }

    /// <summary>RSS 2.0 &lt;source url="..."&gt;: the channel the item came from; its url is that channel's own feed address.</summary>
    public static ParsedFeed Source(FeedNode source)
    {
        var draft = new FeedDraft(FeedFormat.Rss20) { SelfLink = ExtensionReader.Url(source.Attribute("url"), source) };
        draft.SetTitle(source);
        return FeedParser.Finish(draft, [], "");
    }

    /// <summary>dcterms:valid holds a DCMI Period: "start=...; end=...; scheme=W3C-DTF".</summary>
    public static void ReadValidity(FeedNode valid, FeedDraft feed)
    {
        foreach (var part in valid.Text().Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=');
            if (equals < 0)
                continue;
            var value = part[(equals + 1)..].Trim();
            switch (part[..equals].Trim().ToLowerInvariant())
            {
                case "start": feed.ValidityStartRaw ??= value; break;
                case "end": feed.ValidityEndRaw ??= value; break;
            }
        }
    }

    public static void ReadDublinCore(FeedNode child, FeedDraft feed)
    {
        switch (child.LocalName.ToLowerInvariant())
        {
            case "title": feed.SetTitle(child); break;
            case "description":
                feed.Description ??= TextConstruct.AsHtml(child);
                feed.SubtitleDetail ??= TextConstruct.Detail(child, "text/html");
                break;
            case "language": feed.Language ??= child.Text().Trim(); break;
            case "date" or "modified": feed.UpdatedRaw ??= child.Text(); break;
            case "issued": feed.PublishedRaw ??= child.Text(); break;
            case "created": feed.CreatedRaw ??= child.Text(); break;
            case "rights":
                feed.Rights ??= TextConstruct.AsPlain(child);
                feed.RightsDetail ??= TextConstruct.Detail(child, "text/plain", guessHtml: true);
                break;
            case "creator" or "author":
                feed.AddAuthor(RssMapper.AuthorName(child.Text()));
                if (PersonText.Parse(child.Text()) is { } person) feed.AuthorDetails.Add(person);
                break;
            case "publisher": feed.Publisher ??= PersonText.Parse(child.Text()); break;
            case "contributor": if (PersonText.Parse(child.Text()) is { } contributor) feed.Contributors.Add(contributor); break;
            case "subject": feed.AddCategory(child.Text()); break;
        }
    }

    public static void ReadItunes(FeedNode child, FeedDraft feed)
    {
        feed.Itunes.Read(child);
        switch (child.LocalName.ToLowerInvariant())
        {
            case "new-feed-url": feed.NewLocation ??= ExtensionReader.Url(child.Text(), child); break;
            case "image": feed.Image ??= ExtensionReader.Url(child.Attribute("href") ?? child.Text(), child); break;
            case "author": feed.AddAuthor(child.Text()); break;
            case "owner": feed.Publisher ??= feed.Itunes.ToInfo()?.Owner; break;
            case "summary" when feed.Description is null:
                feed.Description = HtmlText.Encode(child.Text().Trim());
                feed.SubtitleDetail ??= TextConstruct.Detail(child, "text/plain");
                break;
            case "subtitle": feed.SubtitleDetail ??= TextConstruct.Detail(child, "text/plain"); break;
            case "keywords":
                foreach (var keyword in child.Text().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    feed.AddCategory(keyword, ItunesScheme);
                break;
            case "category": AddItunesCategory(child, feed.AddCategory); break;
        }
    }

    /// <summary>itunes:category text="..." nests sub-categories; each becomes a tag in the iTunes scheme, as feedparser reports them.</summary>
    public static void AddItunesCategory(FeedNode category, Action<string?, string?, string?> add)
    {
        add(category.Attribute("text"), ItunesScheme, null);
        foreach (var inner in category.Elements(Itunes, "category"))
            AddItunesCategory(inner, add);
    }
}
