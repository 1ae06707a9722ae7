namespace Caravan.Parsing.Conformance;

/// <summary>
/// feedparser cases that test a feedparser-only behaviour Caravan deliberately does not copy, by name, each with
/// its reason. Everything not listed here counts in the pass rate.
/// </summary>
internal static class FeedparserExclusions
{
    /// <summary>Whole folders: wellformed/sanitize tests feedparser's HTML sanitizer; Caravan sanitizes in Cleaning/, not while parsing.</summary>
    public static readonly IReadOnlyDictionary<string, string> Folders = new Dictionary<string, string>
    {
        ["wellformed/sanitize"] = "HTML sanitizing is the Cleaning stage's job; the parser returns HTML as the feed wrote it",
    };

    public static readonly IReadOnlyDictionary<string, string> Cases = new Dictionary<string, string>
    {
    };
}
