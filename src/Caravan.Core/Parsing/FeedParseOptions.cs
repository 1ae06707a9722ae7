namespace Caravan.Parsing;

/// <summary>Safety limits for <see cref="FeedParser"/>; each refusal becomes a problem with its reason.</summary>
public sealed record FeedParseOptions
{
    public static readonly FeedParseOptions Default = new();

    /// <summary>Larger documents are refused outright (Miniflux caps bodies at 15 MB; feeds are rarely over 5).</summary>
    public int MaxDocumentBytes { get; init; } = 32 * 1024 * 1024;
    /// <summary>Items past this count are dropped with a problem.</summary>
    public int MaxItems { get; init; } = 10_000;
    /// <summary>Element nesting deeper than this is refused (stack-exhaustion guard).</summary>
    public int MaxDepth { get; init; } = 256;
    /// <summary>Total characters that DTD entity expansion may produce (billion-laughs guard).</summary>
    public long MaxEntityExpansionChars { get; init; } = 1_000_000;
}
