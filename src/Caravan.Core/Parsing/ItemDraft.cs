namespace Caravan.Parsing;

/// <summary>An item while a format mapper fills it in; <see cref="ItemKeys"/> turns drafts into <see cref="ParsedItem"/>s.</summary>
internal sealed class ItemDraft
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? TitleHtml { get; set; }

    public void SetTitle(Xml.FeedNode node)
    {
        if (Title is not null)
            return;
        Title = Xml.TextConstruct.AsPlain(node);
        TitleHtml = Xml.TextConstruct.MarkupOrNull(node);
    }
    public string? Link { get; set; }
    public string? PublishedRaw { get; set; }
    public string? UpdatedRaw { get; set; }
    public List<string> Authors { get; } = [];
    public string? Summary { get; set; }
    public string? Content { get; set; }
    public List<string> Categories { get; } = [];
    public List<Enclosure> Enclosures { get; } = [];
    public string? Image { get; set; }
    public string? ImageCredit { get; set; }
    public string? Language { get; set; }
    public string? CommentsUrl { get; set; }
    public int? CommentsCount { get; set; }
    public GeoPoint? Geo { get; set; }

    public void AddAuthor(string? name)
    {
        var trimmed = name?.Trim();
        if (!string.IsNullOrEmpty(trimmed) && !Authors.Contains(trimmed))
            Authors.Add(trimmed);
    }

    public void AddCategory(string? term)
    {
        var trimmed = term?.Trim();
        if (!string.IsNullOrEmpty(trimmed) && !Categories.Contains(trimmed))
            Categories.Add(trimmed);
    }

    public void AddEnclosure(string? url, string? type, string? length)
    {
        if (string.IsNullOrWhiteSpace(url) || Enclosures.Exists(e => e.Url == url))
            return;
        long? bytes = long.TryParse(length?.Trim(), out var parsed) && parsed >= 0 ? parsed : null;
        Enclosures.Add(new Enclosure(url, string.IsNullOrWhiteSpace(type) ? null : type.Trim(), bytes));
    }

    public ParsedItem ToItem(string key, List<string> problems, int index) => new()
    {
        Id = Id,
        Key = key,
        Title = Title,
        TitleHtml = TitleHtml,
        Link = Link,
        PublishedRaw = PublishedRaw,
        Published = ReadDate(PublishedRaw, problems, index),
        UpdatedRaw = UpdatedRaw,
        Updated = ReadDate(UpdatedRaw, problems, index),
        Authors = Authors,
        Summary = Summary,
        Content = Content,
        Categories = Categories,
        Enclosures = Enclosures,
        Image = Image,
        ImageCredit = ImageCredit,
        Language = Language,
        CommentsUrl = CommentsUrl,
        CommentsCount = CommentsCount,
        Geo = Geo,
    };

    private static DateTimeOffset? ReadDate(string? raw, List<string> problems, int index)
    {
        if (string.IsNullOrWhiteSpace(raw))
            return null;
        var parsed = FeedDates.Parse(raw);
        if (parsed is null && problems.Count < 100)
            problems.Add($"item {index + 1}: unparseable date '{raw.Trim()}'");
        return parsed;
    }
}
