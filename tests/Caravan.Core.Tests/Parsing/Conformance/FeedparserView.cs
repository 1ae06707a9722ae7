using System.Globalization;

namespace Caravan.Parsing.Conformance;

/// <summary>
/// Caravan's result projected onto feedparser's result shape (bozo, encoding, version, feed, entries, the *_detail
/// dictionaries, *_parsed time tuples), so feedparser's expectations can be evaluated against it. Keys Caravan
/// does not model are absent: an expectation reading them fails. Old key names (guid, copyright, tagline, url)
/// answer through <see cref="FeedParserDict"/>, as in feedparser.
/// </summary>
internal static class FeedparserView
{
    public static Dictionary<string, object?> Build(ParsedFeed feed)
    {
        var bozoProblems = feed.Problems.Where(p => !p.Contains("unparseable date", StringComparison.Ordinal) && !p.Contains("is repeated by different items", StringComparison.Ordinal)).ToList();
        return new Dictionary<string, object?>
        {
            ["bozo"] = bozoProblems.Count > 0,
            ["bozo_exception"] = bozoProblems.FirstOrDefault(),
            ["encoding"] = feed.EncodingName,
            ["version"] = feed.Version ?? "",
            ["feed"] = Feed(feed),
            ["entries"] = feed.Items.Select(i => (object?)Entry(i, feed)).ToList(),
        };
    }

    private static Dictionary<string, object?> Feed(ParsedFeed feed)
    {
        var view = new Dictionary<string, object?>();
        var language = feed.Language;
        ViewParts.AddText(view, "title", feed.TitleDetail, feed.TitleHtml ?? feed.Title, language);
        ViewParts.AddText(view, "subtitle", feed.SubtitleDetail, feed.Description, language);
        ViewParts.AddText(view, "info", feed.InfoDetail, null, language);
        ViewParts.AddText(view, "rights", feed.RightsDetail, feed.Rights, language);
        if (feed.Link is not null) view["link"] = feed.Link;
        var links = feed.Links.Select(ViewParts.Link).ToList();
        ViewParts.EnsureAlternate(links, feed.Link);
        if (feed.SelfLink is not null && !links.Exists(l => (string?)l!["href"] == feed.SelfLink)) links.Add(ViewParts.Link(new FeedLink("self", feed.SelfLink, "application/atom+xml", null, null, null)));
        if (feed.Format == FeedFormat.Rss20 && feed.Items.Count == 0 && feed.SelfLink is not null) view["href"] = feed.SelfLink;
        if (links.Count > 0) view["links"] = links;
        if (language is not null) view["language"] = language;
        ViewParts.AddDate(view, "updated", feed.Updated, feed.UpdatedRaw);
        ViewParts.AddDate(view, "published", feed.Published, feed.PublishedRaw);
        ViewParts.AddDate(view, "created", feed.Created, feed.CreatedRaw);
        if (feed.ImageDetail is { } image) view["image"] = ViewParts.Image(image);
        else if (feed.Itunes?.Image is { } itunesImage) view["image"] = new Dictionary<string, object?> { ["href"] = itunesImage };
        else if (feed.Image is not null) view["image"] = new Dictionary<string, object?> { ["href"] = feed.Image };
        if (feed.Generator is not null) view["generator"] = feed.Generator;
        if (feed.GeneratorDetail is { } generator) view["generator_detail"] = ViewParts.Compact(("name", generator.Name), ("href", generator.Href), ("version", generator.Version));
        if (feed.Id is not null) view["id"] = feed.Id;
        if (feed.Icon is not null) view["icon"] = feed.Icon;
        if (feed.Logo is not null) view["logo"] = feed.Logo;
        if (feed.Docs is not null) view["docs"] = feed.Docs;
        if (feed.Cloud is { } cloud) view["cloud"] = ViewParts.Compact(("domain", cloud.Domain), ("port", cloud.Port), ("path", cloud.Path), ("registerprocedure", cloud.RegisterProcedure), ("protocol", cloud.Protocol));
        if (feed.TextInput is { } input) view["textinput"] = ViewParts.Compact(("title", input.Title), ("description", input.Description), ("name", input.Name), ("link", input.Link));
        ViewParts.AddPeople(view, feed.AuthorDetails, feed.Authors);
        ViewParts.AddPublisherAndContributors(view, feed.Publisher, feed.Contributors);
        ViewParts.AddTags(view, feed.Tags);
        ViewParts.AddItunes(view, feed.Itunes);
        if (feed.NewLocation is not null) view["newlocation"] = feed.NewLocation;
        ViewParts.AddDate(view, "validity_start", feed.ValidityStart, feed.ValidityStartRaw);
        ViewParts.AddDate(view, "validity_end", feed.ValidityEnd, feed.ValidityEndRaw);
        if (feed.TtlMinutes is { } ttl) view["ttl"] = ttl.ToString(CultureInfo.InvariantCulture);
        return view;
    }

    private static Dictionary<string, object?> Entry(ParsedItem item, ParsedFeed feed)
    {
        var language = item.Language ?? feed.Language;
        var view = new Dictionary<string, object?>();
        if (item.Id is not null) view["id"] = item.Id;
        if (item.Id is not null) view["guidislink"] = item.Link == item.Id;
        ViewParts.AddText(view, "title", item.TitleDetail, item.TitleHtml ?? item.Title, language);
        if (item.Link is not null) view["link"] = item.Link;
        var links = item.Links.Select(ViewParts.Link).ToList();
        ViewParts.EnsureAlternate(links, item.Link);
        foreach (var enclosure in item.Enclosures.Where(e => !links.Exists(l => (string?)l!["href"] == e.Url)))
            links.Add(ViewParts.Link(new FeedLink("enclosure", enclosure.Url, enclosure.Type, null, null, enclosure.Length?.ToString(CultureInfo.InvariantCulture))));
        if (links.Count > 0) view["links"] = links;
        var summary = item.SummaryDetail ?? (item.SummaryDetail is null && item.Summary is null ? item.ContentDetails.FirstOrDefault() : null);
        ViewParts.AddText(view, "summary", summary, item.Summary ?? item.Content, language);
        var contents = item.ContentDetails.Count > 0 ? item.ContentDetails.Select(c => (object?)ViewParts.Detail(c, language)).ToList()
            : item.Content is null ? null : [ViewParts.Detail(new TextDetail(item.Content, "text/html", null, null), language)];
        if (contents is not null) view["content"] = contents;
        ViewParts.AddText(view, "rights", item.RightsDetail, null, language);
        ViewParts.AddDate(view, "published", item.Published, item.PublishedRaw?.Trim());
        ViewParts.AddDate(view, "updated", item.Updated, item.UpdatedRaw?.Trim());
        ViewParts.AddDate(view, "created", item.Created, item.CreatedRaw);
        ViewParts.AddDate(view, "expired", item.Expired, item.ExpiredRaw);
        ViewParts.AddPeople(view, item.AuthorDetails, item.Authors);
        ViewParts.AddPublisherAndContributors(view, item.Publisher, item.Contributors);
        ViewParts.AddTags(view, item.Tags);
        ViewParts.AddItunes(view, item.Itunes);
        if (item.Itunes?.Image is { } itunesImage) view["image"] = new Dictionary<string, object?> { ["href"] = itunesImage };
        if (item.Source is { } source) view["source"] = Feed(source);
        if (item.License is not null) view["license"] = item.License;
        if (item.Language is not null) view["language"] = item.Language;
        if (item.CommentApi is not null) view["wfw_comment"] = item.CommentApi;
        if (item.CommentsFeed is not null) view["wfw_commentrss"] = item.CommentsFeed;
        view["enclosures"] = item.Enclosures.Select(e => (object?)new Dictionary<string, object?>
        {
            ["href"] = e.Url, ["type"] = e.Type ?? "", ["length"] = e.Length?.ToString(CultureInfo.InvariantCulture) ?? "",
        }).ToList();
        if (item.CommentsUrl is not null) view["comments"] = item.CommentsUrl;
        if (item.ChaptersVersion is not null || item.Chapters.Count > 0)
            view["psc_chapters"] = new Dictionary<string, object?>
            {
                ["version"] = item.ChaptersVersion,
                ["chapters"] = item.Chapters.Select(c => (object?)ViewParts.Compact(("start_parsed", c.Start), ("title", c.Title), ("href", c.Href), ("image", c.Image))).ToList(),
            };
        if (item.Shape is { } shape)
            view["where"] = ViewParts.Where(shape);
        else if (item.Geo is { } geo)
            view["where"] = new Dictionary<string, object?> { ["type"] = "Point", ["coordinates"] = new object?[] { geo.Longitude, geo.Latitude } };
        return view;
    }
}
