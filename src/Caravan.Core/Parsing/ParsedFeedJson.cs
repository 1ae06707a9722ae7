using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Caravan.Parsing;

/// <summary>The JSON shape of a parse result that `caravan parse` prints (issue 3): camelCase, times as ISO 8601 UTC with Z.</summary>
public static class ParsedFeedJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(ParsedFeed feed) => ToJson(feed).ToJsonString(Options);

    public static string Serialize(JsonNode node) => node.ToJsonString(Options);

    public static JsonObject ToJson(ParsedFeed feed)
    {
        var json = new JsonObject
        {
            ["format"] = FormatName(feed.Format),
            ["title"] = feed.Title,
            ["link"] = feed.Link,
            ["description"] = feed.Description,
            ["language"] = feed.Language,
            ["updated"] = Time(feed.Updated),
            ["image"] = feed.Image,
        };
        if (feed.Format == FeedFormat.Html)
            json["feedLinks"] = Strings(feed.FeedLinks);
        json["problems"] = Strings(feed.Problems);
        json["items"] = new JsonArray([.. feed.Items.Select(Item)]);
        return json;
    }

    private static JsonObject Item(ParsedItem item) => new()
    {
        ["id"] = item.Id,
        ["title"] = item.Title,
        ["link"] = item.Link,
        ["published"] = Time(item.Published),
        ["updated"] = Time(item.Updated),
        ["authors"] = Strings(item.Authors),
        ["summary"] = item.Summary,
        ["content"] = item.Content,
        ["categories"] = Strings(item.Categories),
        ["enclosures"] = new JsonArray([.. item.Enclosures.Select(e => (JsonNode)new JsonObject { ["url"] = e.Url, ["type"] = e.Type, ["length"] = e.Length })]),
        ["image"] = item.Image,
        ["key"] = item.Key,
    };

    /// <summary>The format names of the JSON shape: rss20, rss10, rss09x, atom10, atom03, json10, json11, html, unknown.</summary>
    public static string FormatName(FeedFormat format) => format.ToString().ToLowerInvariant();

    private static string? Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString(time.Value.Millisecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss'Z'" : "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
