using System.Text.Json;
using AngleSharp.Dom;

namespace Caravan.Extraction;

/// <summary>What a page's schema.org JSON-LD says about its article (https://schema.org/NewsArticle).</summary>
internal sealed record JsonLdArticle
{
    public string? Headline { get; init; }
    public string? Author { get; init; }
    public string? DatePublished { get; init; }
    public string? DateModified { get; init; }
    public string? Publisher { get; init; }
    public string? Image { get; init; }
    public string? Description { get; init; }
    public string? ArticleBody { get; init; }
    public string? InLanguage { get; init; }

    static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle", "SocialMediaPosting", "WebPage",
    };

    /// <summary>The first article-typed object in the page's ld+json blocks (an Article beats a WebPage).</summary>
    public static JsonLdArticle? From(IEnumerable<IElement> scripts)
    {
        JsonLdArticle? page = null;
        foreach (var script in scripts)
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                foreach (var obj in Objects(json.RootElement, 0))
                {
                    var type = TypeOf(obj);
                    if (type is null || !ArticleTypes.Contains(type))
                        continue;
                    var article = Read(obj);
                    if (!type.Equals("WebPage", StringComparison.OrdinalIgnoreCase))
                        return article;
                    page ??= article;
                }
            }
            catch (JsonException)
            {
                // Malformed JSON-LD is common; the page's other metadata still counts.
            }
        }
        return page;
    }

    static IEnumerable<JsonElement> Objects(JsonElement element, int depth)
    {
        if (depth > 4)
            yield break;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var obj in Objects(item, depth + 1))
                    yield return obj;
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph))
                foreach (var obj in Objects(graph, depth + 1))
                    yield return obj;
            if (element.TryGetProperty("mainEntity", out var main))
                foreach (var obj in Objects(main, depth + 1))
                    yield return obj;
        }
    }

    static string? TypeOf(JsonElement obj)
    {
        if (!obj.TryGetProperty("@type", out var type))
            return null;
        if (type.ValueKind == JsonValueKind.String)
            return type.GetString();
        if (type.ValueKind == JsonValueKind.Array)
            foreach (var t in type.EnumerateArray())
                if (t.ValueKind == JsonValueKind.String && ArticleTypes.Contains(t.GetString()!))
                    return t.GetString();
        return null;
    }

    static JsonLdArticle Read(JsonElement obj) => new()
    {
        Headline = Text(obj, "headline") ?? Text(obj, "name"),
        Author = Names(obj, "author") ?? Names(obj, "creator"),
        DatePublished = Text(obj, "datePublished") ?? Text(obj, "dateCreated"),
        DateModified = Text(obj, "dateModified"),
        Publisher = Names(obj, "publisher"),
        Image = Url(obj, "image") ?? Url(obj, "thumbnailUrl"),
        Description = Text(obj, "description"),
        ArticleBody = Text(obj, "articleBody") ?? Text(obj, "text"),
        InLanguage = Text(obj, "inLanguage"),
    };

    static string? Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString()!.Trim() : null;

    /// <summary>A person/organization name, a list of them joined with ", ", or a plain string.</summary>
    static string? Names(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v))
            return null;
        var names = new List<string>();
        foreach (var item in v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToArray() : [v])
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } s && !s.StartsWith("http", StringComparison.Ordinal))
                names.Add(s.Trim());
            else if (item.ValueKind == JsonValueKind.Object && Text(item, "name") is { } n)
                names.Add(n);
        }
        return names.Count == 0 ? null : string.Join(", ", names.Distinct());
    }

    static string? Url(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v))
            return null;
        if (v.ValueKind == JsonValueKind.Array)
            v = v.EnumerateArray().FirstOrDefault();
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Object => Text(v, "url") ?? Text(v, "contentUrl"),
            _ => null,
        };
    }
}
