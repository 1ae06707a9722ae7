namespace Caravan.Parsing;

/// <summary>An item while a format mapper fills it in; <see cref="ItemKeys"/> turns drafts into <see cref="ParsedItem"/>s.</summary>
internal sealed class ItemDraft
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    public string? TitleHtml { get; set; }

    public TextDetail? TitleDetail { get; set; }

    public void SetTitle(Xml.FeedNode node, string defaultType = "text/plain", bool guessHtml = true)
    {
        if (Title is not null)
            return;
        Title = Xml.TextConstruct.AsPlain(node);
        TitleHtml = Xml.TextConstruct.MarkupOrNull(node);
        TitleDetail = Xml.TextConstruct.Detail(node, defaultType, guessHtml);
    }

    /// <summary>Sets the summary (HTML) and its detail from the first element that gives one.</summary>
    public void SetSummary(Xml.FeedNode node, string defaultType, bool guessHtml = false)
    {
        if (Summary is not null)
            return;
        SummaryDetail = Xml.TextConstruct.Detail(node, defaultType, guessHtml);
        Summary = Xml.TextConstruct.HtmlOf(SummaryDetail, node);
    }

    /// <summary>Adds a body (content:encoded, atom:content, xhtml:body); the first sets <see cref="Content"/> (its HTML, or <paramref name="html"/> when given).</summary>
    public void AddContent(Xml.FeedNode node, string defaultType, string? html = null)
    {
        var detail = Xml.TextConstruct.Detail(node, defaultType);
        if (detail is null)
            return;
        ContentDetails.Add(detail);
        Content ??= html ?? Xml.TextConstruct.HtmlOf(detail, node);
    }

    public TextDetail? SummaryDetail { get; set; }
    public List<TextDetail> ContentDetails { get; } = [];
    public TextDetail? RightsDetail { get; set; }
    public List<Category> Tags { get; } = [];
    public List<Person> AuthorDetails { get; } = [];
    public List<Person> Contributors { get; } = [];
    public Person? Publisher { get; set; }
    public List<FeedLink> Links { get; } = [];
    public ParsedFeed? Source { get; set; }
    public ItunesDraft Itunes { get; } = new();
    public string? CreatedRaw { get; set; }
    public string? ExpiredRaw { get; set; }
    public string? License { get; set; }
    public string? CommentsFeed { get; set; }
    public string? CommentApi { get; set; }
    public GeoShape? Shape { get; set; }
    public List<Chapter>? Chapters { get; set; }
    public string? ChaptersVersion { get; set; }

    /// <summary>An author as a person; its name (else email) also joins <see cref="Authors"/>.</summary>
    public void AddPerson(Person? person)
    {
        if (person is null || person.Name is null && person.Email is null && person.Href is null)
            return;
        AuthorDetails.Add(person);
        AddAuthor(person.Name ?? person.Email);
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

    public void AddAuthor(string? name) => DraftLists.AddAuthor(Authors, name);

    public void AddCategory(string? term, string? scheme = null, string? label = null) => DraftLists.AddCategory(Categories, Tags, term, scheme, label);

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
        TitleDetail = TitleDetail,
        SummaryDetail = SummaryDetail,
        ContentDetails = ContentDetails,
        RightsDetail = RightsDetail,
        Tags = Tags,
        AuthorDetails = AuthorDetails,
        Contributors = Contributors,
        Publisher = Publisher,
        Links = Links,
        Source = Source,
        Itunes = Itunes.ToInfo(),
        CreatedRaw = CreatedRaw?.Trim(),
        Created = ReadDate(CreatedRaw, problems, index),
        ExpiredRaw = ExpiredRaw?.Trim(),
        Expired = ReadDate(ExpiredRaw, problems, index),
        License = License,
        CommentsFeed = CommentsFeed,
        CommentApi = CommentApi,
        Shape = Shape,
        Chapters = Chapters ?? [],
        ChaptersVersion = ChaptersVersion,
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
