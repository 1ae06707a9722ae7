namespace Caravan.Parsing.Conformance;

/// <summary>
/// Caravan's result projected onto feedparser's result shape (bozo, encoding, version, feed, entries, the *_detail
/// dictionaries, *_parsed time tuples), so feedparser's expectations can be evaluated against it. Keys Caravan
/// does not model are absent: an expectation reading them fails.
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
        AddText(view, "title", feed.TitleHtml ?? feed.Title, feed.TitleHtml is null ? "text/plain" : "text/html", feed.Language);
        if (feed.Description is not null)
        {
            AddText(view, "subtitle", feed.Description, "text/html", feed.Language);
            AddText(view, "description", feed.Description, "text/html", feed.Language);
            AddText(view, "tagline", feed.Description, "text/html", feed.Language);
        }
        if (feed.Link is not null)
            view["link"] = feed.Link;
        var links = new List<object?>();
        // A feed whose only link is rel="self" takes it as its link (as feedparser does); it is not an alternate.
        if (feed.Link is not null && feed.Link != feed.SelfLink) links.Add(Link("alternate", feed.Link, "text/html"));
        if (feed.SelfLink is not null) links.Add(Link("self", feed.SelfLink, "application/atom+xml"));
        if (feed.NextLink is not null) links.Add(Link("next", feed.NextLink, null));
        links.AddRange(feed.HubLinks.Select(h => (object?)Link("hub", h, null)));
        if (links.Count > 0) view["links"] = links;
        if (feed.Language is not null) view["language"] = feed.Language;
        AddDate(view, "updated", feed.Updated, feed.UpdatedRaw);
        AddDate(view, "published", feed.Published, feed.PublishedRaw);
        if (feed.Image is not null) view["image"] = new Dictionary<string, object?> { ["href"] = feed.Image, ["url"] = feed.Image };
        if (feed.Generator is not null) view["generator"] = feed.Generator;
        if (feed.Rights is not null)
        {
            AddText(view, "rights", feed.Rights, "text/plain", feed.Language);
            AddText(view, "copyright", feed.Rights, "text/plain", feed.Language);
        }
        if (feed.Authors.Count > 0)
        {
            view["author"] = feed.Authors[0];
            view["author_detail"] = new Dictionary<string, object?> { ["name"] = feed.Authors[0] };
            view["authors"] = feed.Authors.Select(a => (object?)new Dictionary<string, object?> { ["name"] = a }).ToList();
        }
        if (feed.Categories.Count > 0)
        {
            view["tags"] = feed.Categories.Select(c => (object?)new Dictionary<string, object?> { ["term"] = c, ["scheme"] = null, ["label"] = null }).ToList();
            view["category"] = feed.Categories[0];
        }
        if (feed.TtlMinutes is { } ttl) view["ttl"] = ttl.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return view;
    }

    private static Dictionary<string, object?> Entry(ParsedItem item, ParsedFeed feed)
    {
        var language = item.Language ?? feed.Language;
        var view = new Dictionary<string, object?>();
        if (item.Id is not null) view["id"] = item.Id;
        if (item.Id is not null) view["guidislink"] = item.Link == item.Id;
        AddText(view, "title", item.TitleHtml ?? item.Title, item.TitleHtml is null ? "text/plain" : "text/html", language);
        if (item.Link is not null) view["link"] = item.Link;
        var links = new List<object?>();
        if (item.Link is not null) links.Add(Link("alternate", item.Link, "text/html"));
        foreach (var enclosure in item.Enclosures)
        {
            var link = Link("enclosure", enclosure.Url, enclosure.Type);
            link["length"] = enclosure.Length?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            links.Add(link);
        }
        if (links.Count > 0) view["links"] = links;
        var summary = item.Summary ?? (item.Content is not null && item.Summary is null ? item.Content : null);
        if (summary is not null)
        {
            AddText(view, "summary", summary, "text/html", language);
            AddText(view, "description", summary, "text/html", language);
        }
        if (item.Content is not null)
            view["content"] = new List<object?> { Detail(item.Content, "text/html", language) };
        AddDate(view, "published", item.Published, item.PublishedRaw?.Trim());
        AddDate(view, "updated", item.Updated, item.UpdatedRaw?.Trim());
        if (item.Authors.Count > 0)
        {
            view["author"] = item.Authors[0];
            view["author_detail"] = new Dictionary<string, object?> { ["name"] = item.Authors[0] };
            view["authors"] = item.Authors.Select(a => (object?)new Dictionary<string, object?> { ["name"] = a }).ToList();
        }
        if (item.Categories.Count > 0)
        {
            view["tags"] = item.Categories.Select(c => (object?)new Dictionary<string, object?> { ["term"] = c, ["scheme"] = null, ["label"] = null }).ToList();
            view["category"] = item.Categories[0];
        }
        view["enclosures"] = item.Enclosures.Select(e => (object?)new Dictionary<string, object?>
        {
            ["href"] = e.Url, ["type"] = e.Type ?? "", ["length"] = e.Length?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
        }).ToList();
        if (item.CommentsUrl is not null) view["comments"] = item.CommentsUrl;
        if (item.Geo is { } geo)
            view["where"] = new Dictionary<string, object?> { ["type"] = "Point", ["coordinates"] = new object?[] { geo.Longitude, geo.Latitude } };
        return view;
    }

    private static void AddText(Dictionary<string, object?> view, string key, string? value, string type, string? language)
    {
        if (value is null) return;
        view[key] = value;
        view[key + "_detail"] = Detail(value, type, language);
    }

    private static Dictionary<string, object?> Detail(string value, string type, string? language) =>
        new() { ["value"] = value, ["type"] = type, ["language"] = language };

    private static Dictionary<string, object?> Link(string rel, string href, string? type) =>
        new() { ["rel"] = rel, ["href"] = href, ["type"] = type };

    private static void AddDate(Dictionary<string, object?> view, string key, DateTimeOffset? time, string? raw)
    {
        if (raw is not null) view[key] = raw;
        if (time is not { } t) return;
        var u = t.UtcDateTime;
        // time.struct_time: (year, month, day, hour, minute, second, weekday Monday=0, day of year, isdst=0)
        view[key + "_parsed"] = new object?[] { (long)u.Year, (long)u.Month, (long)u.Day, (long)u.Hour, (long)u.Minute, (long)u.Second, (long)(((int)u.DayOfWeek + 6) % 7), (long)u.DayOfYear, 0L };
    }
}
