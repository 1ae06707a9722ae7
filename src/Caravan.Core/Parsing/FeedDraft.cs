namespace Caravan.Parsing;

/// <summary>Feed-level fields while a format mapper fills them in.</summary>
internal sealed class FeedDraft(FeedFormat format)
{
    public FeedFormat Format { get; set; } = format;
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
    public int? TtlMinutes { get; set; }
    public List<int> SkipHours { get; } = [];
    public List<DayOfWeek> SkipDays { get; } = [];
    public string? SelfLink { get; set; }
    public List<string> HubLinks { get; } = [];
    public string? NextLink { get; set; }
    public List<ItemDraft> Items { get; } = [];
}
