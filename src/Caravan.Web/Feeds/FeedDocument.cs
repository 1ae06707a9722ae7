namespace Caravan.Web.Feeds;

/// <summary>An outgoing feed before it is written as RSS, Atom or JSON Feed; every URL is absolute.</summary>
sealed record FeedDocument
{
    public required string Title { get; init; }
    public required string Description { get; init; }
    /// <summary>The reader page this feed follows (category, search, source or story).</summary>
    public required Uri HomePageUrl { get; init; }
    /// <summary>This feed's own URL, without the format extension (".xml", ".atom" or ".json" is added).</summary>
    public required Uri FeedUrlStem { get; init; }
    /// <summary>The query of this feed's URL ("?q=gas&amp;stories=1"), kept in its self link.</summary>
    public string SelfQuery { get; init; } = "";
    public required DateTimeOffset Updated { get; init; }
    public string Language { get; init; } = "en";
    public IReadOnlyList<FeedEntry> Entries { get; init; } = [];

    public Uri FeedUrl(FeedFormat format) => new(FeedUrlStem.AbsoluteUri + format.Extension() + SelfQuery);
}

/// <summary>One item: an article (or, with ?stories=1, a story represented by its first report).</summary>
sealed record FeedEntry
{
    /// <summary>Our article page: the permanent id and link of the item.</summary>
    public required Uri Link { get; init; }
    public required string Title { get; init; }
    public required DateTimeOffset Published { get; init; }
    public required DateTimeOffset Updated { get; init; }
    public required string Summary { get; init; }
    /// <summary>The outlet that published this report.</summary>
    public required string Outlet { get; init; }
    public Uri? OutletUrl { get; init; }
    /// <summary>The report on the outlet's own site.</summary>
    public Uri? ExternalUrl { get; init; }
    /// <summary>Set when the outlet republished someone else's story: who wrote it first.</summary>
    public string? OriginalOutlet { get; init; }
    public Uri? OriginalUrl { get; init; }
    public string? Byline { get; init; }
    public Uri? ImageUrl { get; init; }
    public string? ImageCredit { get; init; }
    public string? Language { get; init; }
    /// <summary>With ?stories=1: how many other outlets reported the same story.</summary>
    public int OtherOutlets { get; init; }

    /// <summary>The item body as HTML: excerpt, image with credit, attribution.</summary>
    public string ContentHtml()
    {
        var sb = new System.Text.StringBuilder();
        if (ImageUrl is not null)
            sb.Append("<figure><img src=\"").Append(Pages.Html.E(ImageUrl.AbsoluteUri)).Append("\" alt=\"").Append(Pages.Html.E(Title)).Append("\">")
              .Append(ImageCredit is null ? "" : "<figcaption>Photo: " + Pages.Html.E(ImageCredit) + "</figcaption>").Append("</figure>");
        sb.Append("<p>").Append(Pages.Html.E(Summary)).Append("</p>");
        sb.Append("<p>Published by ").Append(Anchor(OutletUrl ?? ExternalUrl, Outlet));
        if (ExternalUrl is not null) sb.Append(" (").Append(Anchor(ExternalUrl, "original page")).Append(')');
        sb.Append(".</p>");
        if (OriginalOutlet is not null || OriginalUrl is not null)
            sb.Append("<p>Originally published by ").Append(Anchor(OriginalUrl, OriginalOutlet ?? OriginalUrl!.Host)).Append(".</p>");
        if (OtherOutlets > 0)
            sb.Append("<p>Also reported by ").Append(OtherOutlets).Append(OtherOutlets == 1 ? " other outlet" : " other outlets").Append(".</p>");
        return sb.ToString();
    }

    static string Anchor(Uri? url, string text) =>
        url is null ? Pages.Html.E(text) : $"<a href=\"{Pages.Html.E(url.AbsoluteUri)}\">{Pages.Html.E(text)}</a>";
}
