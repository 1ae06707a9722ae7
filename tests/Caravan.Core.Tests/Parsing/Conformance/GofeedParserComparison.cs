using System.Globalization;
using System.Text.Json;
using static Caravan.Parsing.Conformance.GofeedComparison;

namespace Caravan.Parsing.Conformance;

/// <summary>
/// Maps gofeed's format-specific models (testdata/parser: rss.Feed and atom.Feed as JSON) onto Caravan's fields.
/// gofeed keeps text constructs as written, so titles and bodies are compared as the text they show.
/// </summary>
internal static class GofeedParserComparison
{
    public static void CompareRss(string file, JsonElement expected, ParsedFeed feed, FieldTally tally)
    {
        tally.Text(file, "rss.title", Str(expected, "title"), feed.TitleDetail?.Value ?? feed.Title, asHtml: true);
        tally.Url(file, "rss.link", Str(expected, "link"), feed.Link);
        tally.Text(file, "rss.description", Str(expected, "description"), feed.Description, asHtml: true);
        tally.Text(file, "rss.language", Str(expected, "language"), feed.Language);
        tally.Text(file, "rss.copyright", Str(expected, "copyright"), feed.RightsDetail?.Value ?? feed.Rights, asHtml: true);
        tally.Text(file, "rss.generator", Str(expected, "generator"), feed.Generator, asHtml: true);
        tally.Url(file, "rss.docs", Str(expected, "docs"), feed.Docs);
        tally.Text(file, "rss.ttl", Str(expected, "ttl"), feed.TtlMinutes?.ToString(CultureInfo.InvariantCulture));
        tally.List(file, "rss.categories", Values(expected, "categories"), [.. feed.Tags.Select(t => t.Term)]);
        if (Obj(expected, "image") is { } image)
        {
            tally.Url(file, "rss.image.url", Str(image, "url"), feed.ImageDetail?.Href ?? feed.Image);
            tally.Text(file, "rss.image.title", Str(image, "title"), feed.ImageDetail?.Title, asHtml: true);
            tally.Url(file, "rss.image.link", Str(image, "link"), feed.ImageDetail?.Link);
        }
        if (Obj(expected, "textInput") is { } input)
        {
            tally.Text(file, "rss.textInput.title", Str(input, "title"), feed.TextInput?.Title, asHtml: true);
            tally.Text(file, "rss.textInput.description", Str(input, "description"), feed.TextInput?.Description, asHtml: true);
            tally.Text(file, "rss.textInput.name", Str(input, "name"), feed.TextInput?.Name, asHtml: true);
            tally.Url(file, "rss.textInput.link", Str(input, "link"), feed.TextInput?.Link);
        }
        if (Obj(expected, "cloud") is { } cloud)
        {
            tally.Text(file, "rss.cloud.domain", Str(cloud, "domain"), feed.Cloud?.Domain);
            tally.Text(file, "rss.cloud.path", Str(cloud, "path"), feed.Cloud?.Path);
            tally.Text(file, "rss.cloud.protocol", Str(cloud, "protocol"), feed.Cloud?.Protocol);
        }
        tally.Time(file, "rss.pubDate", Time(expected, "pubDateParsed"), feed.Published);
        tally.Time(file, "rss.lastBuildDate", Time(expected, "lastBuildDateParsed"), feed.Updated);
        if (!expected.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            return;
        // Most fixtures test one channel field and have no items; a count of zero against zero proves little.
        if (items.GetArrayLength() > 0)
            tally.Count(file, "rss.itemCount", items.GetArrayLength(), feed.Items.Count);
        foreach (var (item, ours, where) in Pairs(file, items, feed))
        {
            tally.Text(where, "rss.item.title", Str(item, "title"), ours.TitleDetail?.Value ?? ours.Title, asHtml: true);
            tally.Url(where, "rss.item.link", Str(item, "link"), ours.Link);
            tally.Text(where, "rss.item.description", Str(item, "description"), ours.Summary, asHtml: true);
            tally.Url(where, "rss.item.comments", Str(item, "comments"), ours.CommentsUrl);
            tally.List(where, "rss.item.categories", Values(item, "categories"), [.. ours.Tags.Select(t => t.Term)]);
            tally.Time(where, "rss.item.pubDate", Time(item, "pubDateParsed"), ours.Published);
            if (Obj(item, "guid") is { } guid)
                tally.Text(where, "rss.item.guid", Str(guid, "value"), ours.Id);
            if (Obj(item, "enclosure") is { } enclosure)
            {
                tally.Url(where, "rss.item.enclosure.url", Str(enclosure, "url"), ours.Enclosures.FirstOrDefault()?.Url);
                tally.Text(where, "rss.item.enclosure.type", Str(enclosure, "type"), ours.Enclosures.FirstOrDefault()?.Type);
            }
            if (Obj(item, "source") is { } source)
            {
                tally.Text(where, "rss.item.source.title", Str(source, "title"), ours.Source?.Title);
                tally.Url(where, "rss.item.source.url", Str(source, "url"), ours.Source?.SelfLink);
            }
        }
    }

    public static void CompareAtom(string file, JsonElement expected, ParsedFeed feed, FieldTally tally)
    {
        tally.Text(file, "atom.title", Str(expected, "title"), feed.TitleDetail?.Value ?? feed.Title, asHtml: true);
        tally.Text(file, "atom.subtitle", Str(expected, "subtitle"), feed.SubtitleDetail?.Value ?? feed.Description, asHtml: true);
        tally.Text(file, "atom.rights", Str(expected, "rights"), feed.RightsDetail?.Value, asHtml: true);
        tally.Text(file, "atom.id", Str(expected, "id"), feed.Id);
        tally.Text(file, "atom.language", Str(expected, "language"), feed.Language);
        tally.Time(file, "atom.updated", Time(expected, "updatedParsed"), feed.Updated);
        ComparePeople(file, "atom.authors", expected, "authors", feed.AuthorDetails, tally);
        ComparePeople(file, "atom.contributors", expected, "contributors", feed.Contributors, tally);
        tally.List(file, "atom.links", Hrefs(expected), [.. feed.Links.Select(l => l.Href)]);
        if (Obj(expected, "generator") is { } generator)
        {
            tally.Text(file, "atom.generator.value", Str(generator, "value"), feed.GeneratorDetail?.Name);
            tally.Url(file, "atom.generator.uri", Str(generator, "uri"), feed.GeneratorDetail?.Href);
            tally.Text(file, "atom.generator.version", Str(generator, "version"), feed.GeneratorDetail?.Version);
        }
        if (!expected.TryGetProperty("entries", out var entries) || entries.ValueKind != JsonValueKind.Array)
            return;
        if (entries.GetArrayLength() > 0)
            tally.Count(file, "atom.entryCount", entries.GetArrayLength(), feed.Items.Count);
        foreach (var (entry, ours, where) in Pairs(file, entries, feed))
        {
            tally.Text(where, "atom.entry.title", Str(entry, "title"), ours.TitleDetail?.Value ?? ours.Title, asHtml: true);
            tally.Text(where, "atom.entry.id", Str(entry, "id"), ours.Id);
            tally.Text(where, "atom.entry.summary", Str(entry, "summary"), ours.SummaryDetail?.Value ?? ours.Summary, asHtml: true);
            tally.Text(where, "atom.entry.rights", Str(entry, "rights"), ours.RightsDetail?.Value, asHtml: true);
            if (Obj(entry, "content") is { } content)
                tally.Text(where, "atom.entry.content", Str(content, "value"), ours.ContentDetails.FirstOrDefault()?.Value, asHtml: true);
            tally.Time(where, "atom.entry.published", Time(entry, "publishedParsed"), ours.Published);
            tally.Time(where, "atom.entry.updated", Time(entry, "updatedParsed"), ours.Updated);
            ComparePeople(where, "atom.entry.authors", entry, "authors", ours.AuthorDetails, tally);
            ComparePeople(where, "atom.entry.contributors", entry, "contributors", ours.Contributors, tally);
            tally.List(where, "atom.entry.links", Hrefs(entry), [.. ours.Links.Select(l => l.Href)]);
            tally.List(where, "atom.entry.categories", [.. Array(entry, "categories").Select(c => Str(c, "term") ?? "").Where(t => t.Length > 0)], [.. ours.Tags.Select(t => t.Term)]);
            if (Obj(entry, "source") is { } source)
            {
                tally.Text(where, "atom.entry.source.title", Str(source, "title"), ours.Source?.TitleDetail?.Value, asHtml: true);
                tally.Text(where, "atom.entry.source.id", Str(source, "id"), ours.Source?.Id);
            }
        }
    }

    private static void ComparePeople(string where, string field, JsonElement parent, string name, IReadOnlyList<Person> ours, FieldTally tally)
    {
        var people = Array(parent, name).ToList();
        if (people.Count == 0)
            return;
        tally.List(where, field + ".name", [.. people.Select(p => Str(p, "name") ?? "")], [.. ours.Select(p => p.Name ?? "")]);
        tally.List(where, field + ".email", [.. people.Select(p => Str(p, "email") ?? "")], [.. ours.Select(p => p.Email ?? "")]);
        tally.List(where, field + ".uri", [.. people.Select(p => Str(p, "uri") ?? "")], [.. ours.Select(p => p.Href ?? "")]);
    }

    private static IEnumerable<(JsonElement Expected, ParsedItem Ours, string Where)> Pairs(string file, JsonElement items, ParsedFeed feed)
    {
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            if (index >= feed.Items.Count)
                yield break;
            yield return (item, feed.Items[index], $"{file}#{index}");
            index++;
        }
    }

    private static JsonElement? Obj(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static IEnumerable<JsonElement> Array(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];

    private static List<string> Values(JsonElement parent, string name) =>
        [.. Array(parent, name).Select(c => Str(c, "value") ?? "").Where(v => v.Length > 0)];

    private static List<string> Hrefs(JsonElement parent) => [.. Array(parent, "links").Select(l => Str(l, "href") ?? "").Where(h => h.Length > 0)];
}
