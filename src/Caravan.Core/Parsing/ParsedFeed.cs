namespace Caravan.Parsing;

/// <summary>The formats Caravan recognises, by content.</summary>
public enum FeedFormat { Unknown, Html, Rss20, Rss10, Rss09x, Atom10, Atom03, Json10, Json11 }

/// <summary>What a feed document said, plus what was wrong with it (feedparser's "bozo").</summary>
public sealed record ParsedFeed
{
    public required FeedFormat Format { get; init; }
    public string? Title { get; init; }
    /// <summary>The title as HTML when the feed wrote it as markup (Atom type="html"/"xhtml", or RSS with tags or entities); null when plain.</summary>
    public string? TitleHtml { get; init; }
    public string? Link { get; init; }
    public string? Description { get; init; }
    public string? Language { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Image { get; init; }
    /// <summary>RSS &lt;ttl&gt; in minutes, if given.</summary>
    public int? TtlMinutes { get; init; }
    public IReadOnlyList<int> SkipHours { get; init; } = [];
    public IReadOnlyList<DayOfWeek> SkipDays { get; init; } = [];
    /// <summary>For an HTML page: the feed URLs it advertises with &lt;link rel="alternate"&gt;.</summary>
    public IReadOnlyList<string> FeedLinks { get; init; } = [];
    public IReadOnlyList<string> Problems { get; init; } = [];
    public IReadOnlyList<ParsedItem> Items { get; init; } = [];
    /// <summary>Channel pubDate / Atom published, where given (Updated is lastBuildDate / atom:updated).</summary>
    public DateTimeOffset? Published { get; init; }
    /// <summary>The character encoding the document was read with (lower-case label, e.g. "utf-8", "windows-1251").</summary>
    public string? EncodingName { get; init; }
    /// <summary>atom:link rel="self": the feed's own URL.</summary>
    public string? SelfLink { get; init; }
    /// <summary>atom:link rel="hub": WebSub hubs.</summary>
    public IReadOnlyList<string> HubLinks { get; init; } = [];
    /// <summary>atom:link rel="next": the next page of a paged feed (RFC 5005).</summary>
    public string? NextLink { get; init; }
    public string? Generator { get; init; }
    /// <summary>Copyright or licence statement (RSS copyright, dc:rights, Atom rights), as plain text.</summary>
    public string? Rights { get; init; }
    /// <summary>Feed-level authors by name (managingEditor, dc:creator, Atom author, itunes:author).</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>Feed-level categories (category, dc:subject, Atom category, itunes:category).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
    /// <summary>The exact format version in feedparser's vocabulary: rss090, rss091n, rss091u, rss092, rss093, rss094, rss20, rss10, rss, atom03, atom10, json1, json11.</summary>
    public string? Version { get; init; }
    public string? UpdatedRaw { get; init; }
    public string? PublishedRaw { get; init; }
    /// <summary>The title as written: value, media type, language, base (feedparser's title_detail).</summary>
    public TextDetail? TitleDetail { get; init; }
    /// <summary>RSS description, Atom subtitle/tagline as written.</summary>
    public TextDetail? SubtitleDetail { get; init; }
    /// <summary>Atom 0.3 &lt;info&gt;: a note on the feed format for humans.</summary>
    public TextDetail? InfoDetail { get; init; }
    public TextDetail? RightsDetail { get; init; }
    /// <summary>Feed-level authors with name, email and URL, in document order.</summary>
    public IReadOnlyList<Person> AuthorDetails { get; init; } = [];
    public IReadOnlyList<Person> Contributors { get; init; } = [];
    /// <summary>RSS webMaster, dc:publisher, itunes:owner.</summary>
    public Person? Publisher { get; init; }
    /// <summary>Categories with scheme and label (<see cref="Categories"/> keeps the terms).</summary>
    public IReadOnlyList<Category> Tags { get; init; } = [];
    /// <summary>Every link the feed gave, of any relation, with its attributes.</summary>
    public IReadOnlyList<FeedLink> Links { get; init; } = [];
    public GeneratorInfo? GeneratorDetail { get; init; }
    /// <summary>atom:id of the feed, as written.</summary>
    public string? Id { get; init; }
    public string? Icon { get; init; }
    public string? Logo { get; init; }
    public FeedImage? ImageDetail { get; init; }
    public FeedCloud? Cloud { get; init; }
    public FeedTextInput? TextInput { get; init; }
    /// <summary>RSS &lt;docs&gt;: the URL of the format's documentation.</summary>
    public string? Docs { get; init; }
    public ItunesInfo? Itunes { get; init; }
    /// <summary>dcterms:created of the channel.</summary>
    public string? CreatedRaw { get; init; }
    public DateTimeOffset? Created { get; init; }
    /// <summary>itunes:new-feed-url / redirect: where the feed says it has moved.</summary>
    public string? NewLocation { get; init; }
    /// <summary>dcterms:valid start and end: when the feed's content is valid.</summary>
    public string? ValidityStartRaw { get; init; }
    public DateTimeOffset? ValidityStart { get; init; }
    public string? ValidityEndRaw { get; init; }
    public DateTimeOffset? ValidityEnd { get; init; }
    public bool IsFeed => Format is not (FeedFormat.Unknown or FeedFormat.Html);
}

/// <summary>One entry of a feed, as the feed wrote it (text constructs resolved, dates in UTC).</summary>
public sealed record ParsedItem
{
    /// <summary>The id exactly as written (guid, atom:id, JSON id); null if none.</summary>
    public string? Id { get; init; }
    /// <summary>Caravan's computed identity of the item within its feed.</summary>
    public required string Key { get; init; }
    public string? Title { get; init; }
    /// <summary>The title as HTML when the feed wrote it as markup; null when plain (then <see cref="Title"/> is the text).</summary>
    public string? TitleHtml { get; init; }
    public string? Link { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? PublishedRaw { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? UpdatedRaw { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    /// <summary>Summary/description as HTML.</summary>
    public string? Summary { get; init; }
    /// <summary>Full content (content:encoded, atom:content, content_html) as HTML.</summary>
    public string? Content { get; init; }
    public IReadOnlyList<string> Categories { get; init; } = [];
    public IReadOnlyList<Enclosure> Enclosures { get; init; } = [];
    public string? Image { get; init; }
    public string? ImageCredit { get; init; }
    public string? Language { get; init; }
    /// <summary>RSS &lt;comments&gt;: the URL of the item's comment page.</summary>
    public string? CommentsUrl { get; init; }
    /// <summary>slash:comments: how many comments the item has.</summary>
    public int? CommentsCount { get; init; }
    /// <summary>GeoRSS point (georss:point, geo:lat/geo:long, gml:pos).</summary>
    public GeoPoint? Geo { get; init; }
    /// <summary>The title as written: value, media type, language, base (feedparser's title_detail).</summary>
    public TextDetail? TitleDetail { get; init; }
    public TextDetail? SummaryDetail { get; init; }
    /// <summary>Every body the item gave (content:encoded, atom:content, xhtml:body), as written.</summary>
    public IReadOnlyList<TextDetail> ContentDetails { get; init; } = [];
    public TextDetail? RightsDetail { get; init; }
    /// <summary>Categories with scheme and label (<see cref="Categories"/> keeps the terms).</summary>
    public IReadOnlyList<Category> Tags { get; init; } = [];
    /// <summary>Authors with name, email and URL, in document order (<see cref="Authors"/> keeps the names).</summary>
    public IReadOnlyList<Person> AuthorDetails { get; init; } = [];
    public IReadOnlyList<Person> Contributors { get; init; } = [];
    public Person? Publisher { get; init; }
    /// <summary>Every link the item gave, of any relation, with its attributes.</summary>
    public IReadOnlyList<FeedLink> Links { get; init; } = [];
    /// <summary>The feed the item was copied from (Atom source, RFC 4287 §4.2.11; RSS source), as a feed without items.</summary>
    public ParsedFeed? Source { get; init; }
    public ItunesInfo? Itunes { get; init; }
    /// <summary>Podlove Simple Chapters (psc:chapters): the episode's chapter marks, from the first psc:chapters only.</summary>
    public IReadOnlyList<Chapter> Chapters { get; init; } = [];
    /// <summary>The version attribute of psc:chapters.</summary>
    public string? ChaptersVersion { get; init; }
    /// <summary>The item's geometry (GeoRSS point, line, polygon); <see cref="Geo"/> keeps the single point.</summary>
    public GeoShape? Shape { get; init; }
    public string? CreatedRaw { get; init; }
    public DateTimeOffset? Created { get; init; }
    /// <summary>RSS expirationDate.</summary>
    public string? ExpiredRaw { get; init; }
    public DateTimeOffset? Expired { get; init; }
    /// <summary>A licence URL (cc:license, creativeCommons:license, atom:link rel="license").</summary>
    public string? License { get; init; }
    /// <summary>wfw:commentRss: the feed of the item's comments.</summary>
    public string? CommentsFeed { get; init; }
    /// <summary>wfw:comment: the URL that accepts new comments (the Comment API).</summary>
    public string? CommentApi { get; init; }
}

/// <summary>A geometry (GeoRSS): Point, LineString or Polygon; no positions when the feed named one without usable coordinates.</summary>
public sealed record GeoShape(string Kind, IReadOnlyList<GeoPosition> Positions);

/// <summary>One position of a <see cref="GeoShape"/>, with altitude when the feed gave three dimensions.</summary>
public sealed record GeoPosition(double Latitude, double Longitude, double? Altitude);

/// <summary>A chapter mark of a podcast episode (Podlove Simple Chapters).</summary>
public sealed record Chapter(TimeSpan Start, string? Title, string? Href, string? Image);

/// <summary>A WGS 84 position.</summary>
public sealed record GeoPoint(double Latitude, double Longitude);

/// <summary>A media file attached to an item.</summary>
public sealed record Enclosure(string Url, string? Type, long? Length);
