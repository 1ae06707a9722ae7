using System.Text;
using System.Xml;
using Caravan.Parsing.Atom;
using Caravan.Parsing.JsonFeed;
using Caravan.Parsing.Rss;
using Caravan.Parsing.Xml;

namespace Caravan.Parsing;

/// <summary>
/// Turns a feed body into a <see cref="ParsedFeed"/>: RSS 0.9x/1.0/2.0, Atom 0.3/1.0, JSON Feed 1.0/1.1, detected by
/// content. Never throws on bad input: what was wrong goes into <see cref="ParsedFeed.Problems"/> (feedparser's bozo).
/// </summary>
public static class FeedParser
{
    static FeedParser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static ParsedFeed Parse(byte[] body, Uri? documentUrl = null, string? contentType = null) =>
        Parse(body, FeedParseOptions.Default, documentUrl, contentType);

    /// <param name="contentLocation">The HTTP Content-Location header, which sets the base URI (RFC 9110 §8.7).</param>
    /// <param name="contentLanguage">The HTTP Content-Language header: the language of text no xml:lang covers (RFC 9110 §8.5).</param>
    public static ParsedFeed Parse(byte[] body, FeedParseOptions options, Uri? documentUrl = null, string? contentType = null, string? contentLocation = null, string? contentLanguage = null)
    {
        var problems = new List<string>();
        if (body.Length > options.MaxDocumentBytes)
            return Unknown([$"document of {body.Length} bytes exceeds the limit of {options.MaxDocumentBytes}"], null);
        var choice = FeedEncoding.Choose(body, contentType, problems);
        var documentBase = contentLocation is null ? documentUrl : UrlResolver.ResolveUri(contentLocation.Trim(), documentUrl) ?? documentUrl;
        if (choice.CanStream && StreamedXml.TryParse(body, choice, documentBase, options, problems, contentLanguage, out var streamed))
            return streamed;
        var decoded = FeedEncoding.Decode(body, choice, problems);
        var text = decoded.Text;
        var start = 0;
        while (start < text.Length && (char.IsWhiteSpace(text[start]) || text[start] == '\uFEFF'))
            start++;
        if (start == text.Length)
            return Unknown([.. problems, "empty document"], decoded.EncodingName);

        if (text[start] is '{' or '[')
        {
            var json = JsonFeedMapper.Map(text, documentBase, options, problems);
            if (json is not null)
                json.Version = json.Format == FeedFormat.Json10 ? "json1" : "json11";
            return json is null ? Unknown(problems, decoded.EncodingName) : Finish(json, problems, decoded.EncodingName);
        }
        if (HtmlFeedLinks.LooksLikeHtml(text[start..]))
            return new ParsedFeed { Format = FeedFormat.Html, FeedLinks = HtmlFeedLinks.Find(text, documentUrl), Problems = [.. problems, "an HTML page, not a feed"], EncodingName = decoded.EncodingName };

        FeedNode? root;
        try
        {
            root = ReadTree(text, documentBase, options, problems);
        }
        catch (FeedLimitException limit)
        {
            return Unknown([.. problems, $"refused: {limit.Message}"], decoded.EncodingName);
        }
        if (root is null)
            return Unknown([.. problems, "no XML element found"], decoded.EncodingName);
        return MapAndFinish(root, text, options, problems, decoded.EncodingName, contentLanguage);
    }

    internal static ParsedFeed MapAndFinish(FeedNode root, string documentStart, FeedParseOptions options, List<string> problems, string encodingName, string? contentLanguage)
    {
        if (FeedDraft.Blank(contentLanguage?.Split(',')[0]) is { } language)
            ApplyDocumentLanguage(root, language);
        var draft = MapRoot(root, options, problems, documentStart);
        if (draft is not null)
            draft.Version = FeedVersions.Name(draft.Format, root, documentStart);
        return draft is null ? Unknown([.. problems, $"not a feed: root element <{root.QualifiedName}>"], encodingName) : Finish(draft, problems, encodingName);
    }

    /// <summary>Elements no xml:lang covers take the document's language (an explicit xml:lang="" still clears it).</summary>
    private static void ApplyDocumentLanguage(FeedNode node, string language)
    {
        if (node.Lang is not null)
            return;
        node.Lang = language;
        foreach (var child in node.Elements())
            ApplyDocumentLanguage(child, language);
    }

    private static FeedNode? ReadTree(string text, Uri? documentBase, FeedParseOptions options, List<string> problems)
    {
        try
        {
            return StrictTreeReader.Read(text, documentBase, options, problems);
        }
        catch (XmlException e)
        {
            // feedparser's model: strict parse first, then a loose re-parse that reports what it repaired.
            problems.Add($"not well-formed XML: {e.Message}");
            return LenientTreeReader.Read(text, documentBase, options, problems);
        }
    }

    private static FeedDraft? MapRoot(FeedNode root, FeedParseOptions options, List<string> problems, string documentStart)
    {
        var name = root.LocalName.ToLowerInvariant();
        if (name == "rss")
        {
            var version = root.Attribute("version")?.Trim() ?? "";
            var format = version.StartsWith("0.9", StringComparison.Ordinal) ? FeedFormat.Rss09x : FeedFormat.Rss20;
            return RssMapper.Map(root, format, options, problems);
        }
        if (name == "rdf" && root.Namespace == Namespaces.Rdf || name == "rdf")
        {
            // An RDF without RSS 1.0 elements that declares the 0.90 namespace is RSS 0.90, even when empty.
            var is090 = root.Elements().Any(e => e.Namespace == Namespaces.Rss090)
                || (!root.Elements().Any(e => e.Namespace == Namespaces.Rss10) && documentStart.Contains(Namespaces.Rss090, StringComparison.Ordinal));
            return RssMapper.Map(root, is090 ? FeedFormat.Rss09x : FeedFormat.Rss10, options, problems);
        }
        if (name == "channel")
            return RssMapper.Map(new FeedNode("", "rss", "") { Children = { root } }, FeedFormat.Rss09x, options, problems);
        if (name == "entry" && root.Namespace is Namespaces.Atom10 or Namespaces.Atom03)
        {
            // RFC 4287 §4.1.2: an Atom Entry Document is a feed of one.
            var wrapper = new FeedNode("", "feed", root.Namespace) { BaseUri = root.BaseUri, Lang = root.Lang, Children = { root } };
            return AtomMapper.Map(wrapper, root.Namespace == Namespaces.Atom03 ? FeedFormat.Atom03 : FeedFormat.Atom10, options, problems);
        }
        if (name == "feed")
        {
            var is03 = root.Namespace == Namespaces.Atom03 || root.Attribute("version")?.Trim() == "0.3";
            return AtomMapper.Map(root, is03 ? FeedFormat.Atom03 : FeedFormat.Atom10, options, problems);
        }
        return null;
    }

    internal static ParsedFeed Finish(FeedDraft draft, List<string> problems, string encodingName)
    {
        var items = ItemKeys.Assign(draft.Items, problems);
        return new ParsedFeed
        {
            Format = draft.Format,
            Title = draft.Title,
            TitleHtml = draft.TitleHtml,
            UpdatedRaw = draft.UpdatedRaw?.Trim(),
            PublishedRaw = draft.PublishedRaw?.Trim(),
            Link = draft.Link,
            Description = draft.Description,
            Language = draft.Language?.Trim() is { Length: > 0 } language ? language : null,
            Updated = Date(draft.UpdatedRaw, problems),
            Published = Date(draft.PublishedRaw, problems),
            Image = draft.Image,
            Generator = draft.Generator,
            Version = draft.Version,
            Rights = draft.Rights,
            Authors = draft.Authors,
            Categories = draft.Categories,
            TtlMinutes = draft.TtlMinutes,
            SkipHours = draft.SkipHours,
            SkipDays = draft.SkipDays,
            SelfLink = draft.SelfLink,
            HubLinks = draft.HubLinks,
            NextLink = draft.NextLink,
            EncodingName = encodingName,
            TitleDetail = draft.TitleDetail,
            SubtitleDetail = draft.SubtitleDetail,
            InfoDetail = draft.InfoDetail,
            RightsDetail = draft.RightsDetail,
            AuthorDetails = draft.AuthorDetails,
            Contributors = draft.Contributors,
            Publisher = draft.Publisher,
            Tags = draft.Tags,
            Links = draft.Links,
            GeneratorDetail = draft.GeneratorDetail,
            Id = draft.Id,
            Icon = draft.Icon,
            Logo = draft.Logo,
            ImageDetail = draft.ImageDetail,
            Cloud = draft.Cloud,
            TextInput = draft.TextInput,
            Docs = draft.Docs,
            Itunes = draft.Itunes.ToInfo(),
            CreatedRaw = draft.CreatedRaw?.Trim(),
            Created = Date(draft.CreatedRaw, problems),
            NewLocation = draft.NewLocation,
            ValidityStartRaw = draft.ValidityStartRaw,
            ValidityStart = Date(draft.ValidityStartRaw, problems),
            ValidityEndRaw = draft.ValidityEndRaw,
            ValidityEnd = Date(draft.ValidityEndRaw, problems),
            Problems = problems,
            Items = items,
        };
    }

    private static DateTimeOffset? Date(string? raw, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return null;
        var parsed = FeedDates.Parse(raw);
        if (parsed is null)
            problems.Add($"feed: unparseable date '{raw.Trim()}'");
        return parsed;
    }

    internal static ParsedFeed Unknown(List<string> problems, string? encodingName) =>
        new() { Format = FeedFormat.Unknown, Problems = problems, EncodingName = encodingName };
}
