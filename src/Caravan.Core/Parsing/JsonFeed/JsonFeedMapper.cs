using System.Text.Json;

namespace Caravan.Parsing.JsonFeed;

/// <summary>Maps JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1) onto Caravan's records.</summary>
internal static class JsonFeedMapper
{
    public static FeedDraft? Map(string text, Uri? documentBase, FeedParseOptions options, List<string> problems)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = Math.Min(options.MaxDepth, 256) });
        }
        catch (JsonException e)
        {
            problems.Add($"not valid JSON: {e.Message}");
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add("JSON document is not an object");
                return null;
            }
            var version = Str(root, "version");
            if (version is null || !version.Contains("jsonfeed.org/version/", StringComparison.OrdinalIgnoreCase))
            {
                // Without a version, accept only items that carry JSON Feed's own member names.
                if (!root.TryGetProperty("items", out var unversioned) || unversioned.ValueKind != JsonValueKind.Array
                    || !unversioned.EnumerateArray().Any(i => i.ValueKind == JsonValueKind.Object && (i.TryGetProperty("content_html", out _) || i.TryGetProperty("content_text", out _) || i.TryGetProperty("date_published", out _))))
                {
                    problems.Add("JSON document is not a JSON Feed (no jsonfeed.org version, no JSON Feed items)");
                    return null;
                }
                problems.Add("JSON Feed without a jsonfeed.org version");
            }
            var feed = new FeedDraft(version?.TrimEnd('/').EndsWith("/1", StringComparison.Ordinal) == true ? FeedFormat.Json10 : FeedFormat.Json11)
            {
                Title = Str(root, "title"),
                Link = Url(Str(root, "home_page_url"), documentBase),
                SelfLink = Url(Str(root, "feed_url"), documentBase),
                NextLink = Url(Str(root, "next_url"), documentBase),
                Description = Str(root, "description") is { } description ? HtmlText.Encode(description) : null,
                Language = Str(root, "language"),
                Image = Url(Str(root, "icon") ?? Str(root, "favicon"), documentBase),
            };
            if (root.TryGetProperty("hubs", out var hubs) && hubs.ValueKind == JsonValueKind.Array)
                foreach (var hub in hubs.EnumerateArray())
                    if (Url(Str(hub, "url"), documentBase) is { } hubUrl)
                        feed.HubLinks.Add(hubUrl);
            if (root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    if (feed.Items.Count >= options.MaxItems)
                    {
                        problems.Add($"more than {options.MaxItems} items; the rest were dropped");
                        break;
                    }
                    if (item.ValueKind == JsonValueKind.Object)
                        feed.Items.Add(ReadItem(item, root, documentBase));
                }
            }
            else
                problems.Add("JSON Feed has no items array");
            return feed;
        }
    }

    private static ItemDraft ReadItem(JsonElement item, JsonElement root, Uri? documentBase)
    {
        var draft = new ItemDraft
        {
            // JSON Feed §items: id is a string, but some feeds write numbers.
            Id = item.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number ? id.ToString() : null,
            Title = Str(item, "title"),
            Link = Url(Str(item, "url") ?? Str(item, "external_url"), documentBase),
            PublishedRaw = Str(item, "date_published"),
            UpdatedRaw = Str(item, "date_modified"),
            Summary = Str(item, "summary") is { } summary ? HtmlText.Encode(summary) : null,
            Content = Str(item, "content_html") ?? (Str(item, "content_text") is { } plain ? HtmlText.Encode(plain) : null),
            Image = Url(Str(item, "image") ?? Str(item, "banner_image"), documentBase),
            Language = Str(item, "language"),
        };
        ReadAuthors(item, draft);
        if (draft.Authors.Count == 0)
            ReadAuthors(root, draft);
        if (item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array)
            foreach (var tag in tags.EnumerateArray())
                if (tag.ValueKind == JsonValueKind.String)
                    draft.AddCategory(tag.GetString());
        if (item.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array)
            foreach (var attachment in attachments.EnumerateArray())
                draft.AddEnclosure(Url(Str(attachment, "url"), documentBase), Str(attachment, "mime_type"),
                    attachment.TryGetProperty("size_in_bytes", out var size) && size.ValueKind == JsonValueKind.Number ? size.GetRawText() : null);
        return draft;
    }

    /// <summary>JSON Feed 1.1 "authors" array, else 1.0 "author" object.</summary>
    private static void ReadAuthors(JsonElement owner, ItemDraft draft)
    {
        if (owner.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
            foreach (var author in authors.EnumerateArray())
                draft.AddAuthor(Str(author, "name"));
        if (draft.Authors.Count == 0 && owner.TryGetProperty("author", out var single))
            draft.AddAuthor(Str(single, "name"));
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string? Url(string? value, Uri? documentBase) => UrlResolver.Resolve(value, documentBase);
}
