namespace Caravan.Parsing;

/// <summary>Feed-level fields while a format mapper fills them in.</summary>
internal sealed class FeedDraft(FeedFormat format)
{
    public FeedFormat Format { get; set; } = format;
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
    public string? Link { get; set; }
    public string? Description { get; set; }
    public string? Language { get; set; }
    public string? UpdatedRaw { get; set; }
    public string? PublishedRaw { get; set; }
    public string? Image { get; set; }
    public string? Generator { get; set; }
    public string? Version { get; set; }
    public string? Rights { get; set; }
    public List<string> Authors { get; } = [];
    public List<string> Categories { get; } = [];

    public void AddAuthor(string? name) => DraftLists.AddAuthor(Authors, name);

    public void AddCategory(string? term, string? scheme = null, string? label = null) => DraftLists.AddCategory(Categories, Tags, term, scheme, label);

    /// <summary>An author as a person; its name (else email) also joins <see cref="Authors"/>.</summary>
    public void AddPerson(Person? person)
    {
        if (person is null || person.Name is null && person.Email is null && person.Href is null)
            return;
        AuthorDetails.Add(person);
        AddAuthor(person.Name ?? person.Email);
    }

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public List<Category> Tags { get; } = [];
    public List<Person> AuthorDetails { get; } = [];
    public List<Person> Contributors { get; } = [];
    public Person? Publisher { get; set; }
    public List<FeedLink> Links { get; } = [];
    public TextDetail? SubtitleDetail { get; set; }
    public TextDetail? InfoDetail { get; set; }
    public TextDetail? RightsDetail { get; set; }
    public GeneratorInfo? GeneratorDetail { get; set; }
    public string? Id { get; set; }
    public string? Icon { get; set; }
    public string? Logo { get; set; }
    public FeedImage? ImageDetail { get; set; }
    public FeedCloud? Cloud { get; set; }
    public FeedTextInput? TextInput { get; set; }
    public string? Docs { get; set; }
    public string? CreatedRaw { get; set; }
    public string? NewLocation { get; set; }
    public string? ValidityStartRaw { get; set; }
    public string? ValidityEndRaw { get; set; }
    public ItunesDraft Itunes { get; } = new();
    public int? TtlMinutes { get; set; }
    public List<int> SkipHours { get; } = [];
    public List<DayOfWeek> SkipDays { get; } = [];
    public string? SelfLink { get; set; }
    public List<string> HubLinks { get; } = [];
    public string? NextLink { get; set; }
    public List<ItemDraft> Items { get; } = [];
}
