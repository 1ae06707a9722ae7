using System.Text.Json;

namespace Caravan.Parsing.Conformance;

/// <summary>Maps gofeed's universal feed model (translator fixtures) onto Caravan's fields.</summary>
internal static class GofeedComparison
{
    public static void Compare(string file, JsonElement expected, ParsedFeed feed, FieldTally tally)
    {
        tally.Text(file, "feed.title", Str(expected, "title"), feed.Title);
        tally.Url(file, "feed.link", Str(expected, "link"), feed.Link);
        tally.Text(file, "feed.description", Str(expected, "description"), feed.Description, asHtml: true);
        tally.Text(file, "feed.language", Str(expected, "language"), feed.Language);
        tally.Time(file, "feed.updated", Time(expected, "updatedParsed"), feed.Updated);
        if (expected.TryGetProperty("image", out var image))
            tally.Url(file, "feed.image", Str(image, "url"), feed.Image);
        if (!expected.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            return;
        tally.Count(file, "feed.itemCount", items.GetArrayLength(), feed.Items.Count);
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            if (index >= feed.Items.Count)
                break;
            var ours = feed.Items[index];
            var where = $"{file}#{index++}";
            tally.Text(where, "item.title", Str(item, "title"), ours.Title, asHtml: true);
            tally.Url(where, "item.link", Str(item, "link"), ours.Link);
            tally.Text(where, "item.id", Str(item, "guid"), ours.Id);
            tally.Time(where, "item.published", Time(item, "publishedParsed"), ours.Published);
            tally.Time(where, "item.updated", Time(item, "updatedParsed"), ours.Updated ?? ours.Published);
            tally.Text(where, "item.summary", Str(item, "description"), ours.Summary, asHtml: true);
            tally.Text(where, "item.content", Str(item, "content"), ours.Content, asHtml: true);
            tally.List(where, "item.authors", Names(item), ours.Authors);
            tally.List(where, "item.categories", Strings(item, "categories"), ours.Categories);
            if (item.TryGetProperty("enclosures", out var enclosures) && enclosures.ValueKind == JsonValueKind.Array)
                tally.List(where, "item.enclosures", [.. enclosures.EnumerateArray().Select(e => Str(e, "url") ?? "")], [.. ours.Enclosures.Select(e => e.Url)]);
            if (item.TryGetProperty("image", out var itemImage))
                tally.Url(where, "item.image", Str(itemImage, "url"), ours.Image);
        }
    }

    private static List<string> Names(JsonElement item)
    {
        if (!item.TryGetProperty("authors", out var authors) || authors.ValueKind != JsonValueKind.Array)
            return [];
        return [.. authors.EnumerateArray().Select(a => Str(a, "name")).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!)];
    }

    private static List<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)]
            : [];

    internal static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    internal static DateTimeOffset? Time(JsonElement element, string name) =>
        Str(element, name) is { } text && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var time) ? time : null;
}
