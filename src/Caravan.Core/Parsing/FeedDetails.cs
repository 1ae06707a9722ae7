namespace Caravan.Parsing;

/// <summary>A text construct as written (feedparser's *_detail): its value, media type, xml:lang and xml:base in effect.</summary>
/// <param name="Value">Plain text when <paramref name="Type"/> is text/plain, else markup with relative URLs resolved.</param>
/// <param name="Type">text/plain, text/html, application/xhtml+xml or another media type the feed named.</param>
public sealed record TextDetail(string Value, string Type, string? Language, string? Base);

/// <summary>A person construct (RFC 4287 §3.2; RSS author/managingEditor/webMaster split into name and email).</summary>
public sealed record Person(string? Name, string? Email, string? Href);

/// <summary>A category with its scheme (RSS domain, Atom scheme) and human label.</summary>
public sealed record Category(string Term, string? Scheme, string? Label);

/// <summary>A link of any relation (RFC 4287 §4.2.7), with its attributes as written.</summary>
public sealed record FeedLink(string Rel, string Href, string? Type, string? Title, string? HrefLang, string? Length);

/// <summary>The software that made the feed (Atom generator: name, uri, version).</summary>
public sealed record GeneratorInfo(string? Name, string? Href, string? Version);

/// <summary>RSS 2.0 &lt;cloud&gt;: an rssCloud endpoint to register for change notifications.</summary>
public sealed record FeedCloud(string? Domain, string? Port, string? Path, string? RegisterProcedure, string? Protocol);

/// <summary>RSS &lt;textInput&gt;: a search box the channel offers.</summary>
public sealed record FeedTextInput(string? Title, string? Description, string? Name, string? Link);

/// <summary>RSS &lt;image&gt; (or Atom logo) with its attributes.</summary>
public sealed record FeedImage(string? Href, string? Title, string? Link, int? Width, int? Height, string? Description);

/// <summary>Podcast fields of the iTunes namespace.</summary>
public sealed record ItunesInfo
{
    /// <summary>itunes:block "yes" hides the show or episode from the directory.</summary>
    public bool Block { get; init; }
    /// <summary>itunes:explicit: true for "yes"/"true"/"explicit", false for "no"/"false"/"clean", null when absent or unrecognised.</summary>
    public bool? Explicit { get; init; }
    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string? Image { get; init; }
    public string? Duration { get; init; }
    public string? Subtitle { get; init; }
    public string? Summary { get; init; }
    public Person? Owner { get; init; }
}
