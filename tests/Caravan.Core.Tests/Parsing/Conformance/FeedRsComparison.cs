using System.Text.Json;
using static Caravan.Parsing.Conformance.GofeedComparison;

namespace Caravan.Parsing.Conformance;

/// <summary>Maps feed-rs's serialized Feed model onto Caravan's fields.</summary>
internal static class FeedRsComparison
{
    public static void Compare(string file, JsonElement expected, ParsedFeed feed, FieldTally tally)
    {
        var isAtom = Str(expected, "feed_type") == "Atom";
        tally.Text(file, "feed.title", Content(expected, "title"), feed.Title, asHtml: true);
        tally.Url(file, "feed.link", AlternateLink(expected), feed.Link);
        // RFC 5646 §2.1.1: language tags are case-insensitive (feed-rs lower-cases them, Caravan keeps them as written).
        tally.Text(file, "feed.language", Str(expected, "language")?.ToLowerInvariant(), feed.Language?.ToLowerInvariant());
        if (!expected.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
            return;
        tally.Count(file, "feed.itemCount", entries.GetArrayLength(), feed.Items.Count);
        var index = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            if (index >= feed.Items.Count)
                break;
            var ours = feed.Items[index];
            var where = $"{file}#{index++}";
            // feed-rs invents an id (a hash) when the source has none, and ignores RSS 1.0's rdf:about (which feedparser
            // and Caravan take as the id): compare only ids both read from the feed.
            if (ours.Id is not null && Str(expected, "feed_type") != "RSS1")
                tally.Text(where, "item.id", Str(entry, "id"), ours.Id);
            tally.Text(where, "item.title", Content(entry, "title"), ours.Title, asHtml: true);
            tally.Url(where, "item.link", AlternateLink(entry), ours.Link);
            tally.Time(where, "item.published", Time(entry, "published"), ours.Published);
            if (isAtom)
                tally.Time(where, "item.updated", Time(entry, "updated"), ours.Updated);
            tally.Text(where, "item.summary", Content(entry, "summary"), ours.Summary, asHtml: true);
            if (entry.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.Object)
                tally.Text(where, "item.content", Str(content, "body"), ours.Content, asHtml: true);
            if (entry.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
                tally.List(where, "item.authors", [.. authors.EnumerateArray().Select(a => Str(a, "name")).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!)], ours.Authors);
            if (entry.TryGetProperty("categories", out var categories) && categories.ValueKind == JsonValueKind.Array)
                tally.List(where, "item.categories", [.. categories.EnumerateArray().Select(c => Str(c, "term") ?? "")], ours.Categories);
        }
    }

    private static string? Content(JsonElement element, string name) =>
        element.TryGetProperty(name, out var text) && text.ValueKind == JsonValueKind.Object ? Str(text, "content") : null;

    private static string? AlternateLink(JsonElement element)
    {
        if (!element.TryGetProperty("links", out var links) || links.ValueKind != JsonValueKind.Array)
            return null;
        var all = links.EnumerateArray().ToList();
        var alternate = all.FirstOrDefault(l => Str(l, "rel") is null or "alternate");
        return alternate.ValueKind == JsonValueKind.Object ? Str(alternate, "href") : null;
    }
}
