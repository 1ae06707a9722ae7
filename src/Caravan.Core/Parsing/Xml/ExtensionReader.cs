using System.Globalization;
using static Caravan.Parsing.Xml.Namespaces;

namespace Caravan.Parsing.Xml;

/// <summary>Item extensions shared by RSS and Atom: Dublin Core, Media RSS, iTunes, slash, GeoRSS, atom:link inside RSS.</summary>
internal static class ExtensionReader
{
    public static void Read(FeedNode item, ItemDraft draft)
    {
        foreach (var child in item.Elements())
        {
            switch (child.Namespace)
            {
                case DublinCore or DcTerms:
                    ReadDublinCore(child, draft);
                    break;
                case Media:
                    ReadMedia(child, draft);
                    break;
                case Itunes:
                    draft.Itunes.Read(child);
                    if (child.Is(Itunes, "category"))
                        Rss.RssChannelParts.AddItunesCategory(child, draft.AddCategory);
                    else if (child.Is(Itunes, "author")) draft.AddAuthor(TextConstruct.AsPlain(child));
                    else if (child.Is(Itunes, "image")) draft.Image ??= Url(child.Attribute("href") ?? child.Text(), child);
                    else if (child.Is(Itunes, "summary")) draft.Summary ??= HtmlText.Encode(child.Text().Trim());
                    else if (child.Is(Itunes, "keywords"))
                        foreach (var keyword in child.Text().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                            draft.AddCategory(keyword, Rss.RssChannelParts.ItunesScheme);
                    break;
                case PodloveChapters when child.Is(PodloveChapters, "chapters") && draft.Chapters is null:
                    draft.ChaptersVersion = child.Attribute("version");
                    draft.Chapters = [.. child.Elements(PodloveChapters, "chapter").Select(ChapterReader.Read).OfType<Chapter>()];
                    break;
                case Wfw when child.Is(Wfw, "comment"):
                    draft.CommentApi ??= Url(child.Text(), child);
                    break;
                case Wfw when child.Is(Wfw, "commentRss"):
                    draft.CommentsFeed ??= Url(child.Text(), child);
                    break;
                case Slash when child.Is(Slash, "comments"):
                    draft.CommentsCount = int.TryParse(child.Text().Trim(), out var count) ? count : null;
                    break;
                case GeoRss or Geo or Gml:
                    draft.Geo ??= GeoReader.Read(item);
                    draft.Shape ??= GeoShapeReader.Read(item);
                    break;
                case Content when child.Is(Content, "encoded"):
                    draft.AddContent(child, "text/html");
                    break;
                case Xhtml when child.Is(Xhtml, "body"):
                    draft.AddContent(child, "application/xhtml+xml", MarkupWriter.InnerMarkup(child).Trim());
                    break;
                case CreativeCommons or CreativeCommonsRss when child.LocalName.Equals("license", StringComparison.OrdinalIgnoreCase):
                    draft.License ??= Url(child.Attribute("resource", Rdf) ?? child.Text(), child);
                    break;
            }
        }
    }

    private static void ReadDublinCore(FeedNode child, ItemDraft draft)
    {
        switch (child.LocalName.ToLowerInvariant())
        {
            case "creator" or "author":
                draft.AddAuthor(TextConstruct.AsPlain(child));
                if (PersonText.Parse(child.Text()) is { } person) draft.AuthorDetails.Add(person);
                break;
            case "publisher": draft.Publisher ??= PersonText.Parse(child.Text()); break;
            case "contributor": if (PersonText.Parse(child.Text()) is { } contributor) draft.Contributors.Add(contributor); break;
            case "rights": draft.RightsDetail ??= TextConstruct.Detail(child, "text/plain", guessHtml: true); break;
            case "date" or "issued" or "created":
                if (child.LocalName.Equals("created", StringComparison.OrdinalIgnoreCase))
                    draft.CreatedRaw ??= child.Text();
                draft.PublishedRaw ??= child.Text();
                if (child.LocalName.Equals("date", StringComparison.OrdinalIgnoreCase))
                    draft.UpdatedRaw ??= child.Text();
                break;
            case "modified":
                draft.UpdatedRaw ??= child.Text();
                break;
            case "subject":
                draft.AddCategory(child.Text());
                break;
            case "title":
                draft.SetTitle(child);
                break;
            case "description":
                draft.SetSummary(child, "text/html");
                break;
            case "identifier":
                draft.Id ??= child.Text().Trim();
                break;
            case "language":
                draft.Language ??= child.Text().Trim();
                break;
        }
    }

    private static void ReadMedia(FeedNode child, ItemDraft draft)
    {
        switch (child.LocalName.ToLowerInvariant())
        {
            case "group":
                foreach (var inner in child.Elements())
                    if (inner.Namespace == Media)
                        ReadMedia(inner, draft);
                break;
            case "content":
                var url = Url(child.Attribute("url"), child);
                var type = child.Attribute("type");
                var medium = child.Attribute("medium");
                if (url is not null && (medium == "image" || type?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true))
                    draft.Image ??= url;
                foreach (var inner in child.Elements())
                    if (inner.Namespace == Media)
                        ReadMedia(inner, draft);
                break;
            case "thumbnail":
                draft.Image ??= Url(child.Attribute("url"), child);
                break;
            case "credit":
                draft.ImageCredit ??= child.Text().Trim();
                break;
            case "description":
                draft.Summary ??= TextConstruct.AsHtml(child);
                break;
            case "title":
                draft.SetTitle(child);
                break;
            case "category":
                draft.AddCategory(child.Text(), child.Attribute("scheme") ?? "http://search.yahoo.com/mrss/category_schema", child.Attribute("label"));
                break;
            case "keywords":
                foreach (var term in child.LocalName.Equals("keywords", StringComparison.OrdinalIgnoreCase) ? child.Text().Split(',') : [child.Text()])
                    draft.AddCategory(term);
                break;
        }
    }

    public static string? Url(string? value, FeedNode context) =>
        string.IsNullOrWhiteSpace(value) ? null : UrlResolver.Resolve(value, context.BaseUri);

    public static double? Number(string text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
