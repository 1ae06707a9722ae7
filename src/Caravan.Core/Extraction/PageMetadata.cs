using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using Caravan.Cleaning;

namespace Caravan.Extraction;

/// <summary>Title, byline, dates, site name, language, image and description from meta tags, JSON-LD and markup.</summary>
internal sealed class PageMetadata
{
    readonly Dictionary<string, string> _meta = new(StringComparer.OrdinalIgnoreCase);

    public string? Title { get; private init; }
    public string? Byline { get; private init; }
    public DateTimeOffset? Published { get; private init; }
    public DateTimeOffset? Modified { get; private init; }
    public string? SiteName { get; private init; }
    public string? Language { get; private init; }
    public string? Image { get; private init; }
    public string? Description { get; private init; }
    public string? Canonical { get; private init; }
    public JsonLdArticle? JsonLd { get; private init; }

    PageMetadata() { }

    /// <summary>The page's base href (for resolving relative URLs), if it declares one.</summary>
    public string? BaseHref { get; private init; }

    public static PageMetadata Read(IDocument document)
    {
        var result = new PageMetadata();
        var head = HeadElements.Collect(document);
        foreach (var meta in head.Metas)
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            var content = meta.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(content))
                result._meta.TryAdd(key.Trim(), WebUtility.HtmlDecode(content.Trim()));
        }
        var ld = JsonLdArticle.From(head.JsonLdScripts);
        var m = result._meta;
        return new PageMetadata
        {
            JsonLd = ld,
            Title = Clean(First(m, "og:title", "twitter:title", "dc.title", "dcterms.title", "title") ?? ld?.Headline) ?? TitleFromDocument(document, head.Headings),
            Byline = Clean(ld?.Author ?? AuthorMeta(m) ?? BylineInMarkup(head)),
            Published = ParseDate(ld?.DatePublished ?? First(m, "article:published_time", "og:published_time", "datePublished",
                "publish-date", "publish_date", "pubdate", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
                "parsely-pub-date", "cXenseParse:recs:publishtime", "article.published") ?? TimeInMarkup(head)),
            Modified = ParseDate(ld?.DateModified ?? First(m, "article:modified_time", "og:updated_time", "dateModified", "last-modified", "dcterms.modified")),
            SiteName = Clean(First(m, "og:site_name", "application-name", "twitter:site:name") ?? ld?.Publisher),
            Language = LanguageOf(document, m, ld),
            Image = First(m, "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "thumbnailUrl") ?? ld?.Image,
            Description = Clean(First(m, "og:description", "description", "twitter:description", "dc.description") ?? ld?.Description),
            Canonical = head.CanonicalHref ?? First(m, "og:url"),
            BaseHref = head.BaseHref,
        };
    }

    static string? First(Dictionary<string, string> meta, params string[] keys)
    {
        foreach (var key in keys)
            if (meta.TryGetValue(key, out var value))
                return value;
        return null;
    }

    static string? AuthorMeta(Dictionary<string, string> meta)
    {
        var author = First(meta, "author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author", "parsely-author", "byl");
        return author is null || author.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? null : author;
    }

    static string? BylineInMarkup(HeadElements head)
    {
        foreach (var el in head.Bylines)
        {
            if (el is null)
                continue;
            var text = Blocks.Collapse(el.TextContent);
            foreach (var separator in (string[])[" · ", " | ", " • ", " — "])
            {
                var i = text.IndexOf(separator, StringComparison.Ordinal);
                if (i > 0)
                    text = text[..i];
            }
            foreach (var prefix in (string[])["By ", "by ", "Автор: ", "Автор ", "Текст: "])
                if (text.StartsWith(prefix, StringComparison.Ordinal))
                    text = text[prefix.Length..];
            if (text.Length is > 1 and < 100)
                return text.Trim();
        }
        return null;
    }

    /// <summary>The first time element matching "article time[datetime], time[itemprop='datePublished'], time[pubdate],
    /// time[datetime]" (the first alternative is inside the last), from the document walk instead of a selector query.</summary>
    static string? TimeInMarkup(HeadElements head)
    {
        foreach (var time in head.Times)
        {
            if (time.HasAttribute("datetime") || time.HasAttribute("pubdate")
                || (time.HasAttribute("itemprop") && time.Matches("time[itemprop='datePublished']")))
                return time.GetAttribute("datetime");
        }
        return null;
    }

    static string? TitleFromDocument(IDocument document, List<IElement> headings)
    {
        var title = Clean(document.Title);
        var h1 = headings.Select(h => Clean(h.TextContent)).FirstOrDefault(t => t is { Length: > 0 });
        if (title is null)
            return h1;
        // "Headline | Site" / "Headline - Site": keep the headline when an h1 confirms it or the rest looks like a site name.
        foreach (var separator in (string[])[" | ", " – ", " — ", " - ", " :: ", " » ", " · "])
        {
            var i = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (i <= 0)
                continue;
            var head = title[..i].Trim();
            if (h1 is not null && string.Equals(h1, head, StringComparison.OrdinalIgnoreCase))
                return h1;
            if (head.Split(' ').Length >= 3)
                return head;
        }
        return h1 is not null && title.Contains(h1, StringComparison.OrdinalIgnoreCase) ? h1 : title;
    }

    static string? LanguageOf(IDocument document, Dictionary<string, string> meta, JsonLdArticle? ld)
    {
        var lang = document.DocumentElement?.GetAttribute("lang") ?? document.DocumentElement?.GetAttribute("xml:lang")
            ?? First(meta, "content-language", "dc.language", "language") ?? ld?.InLanguage ?? First(meta, "og:locale")?.Replace('_', '-');
        return string.IsNullOrWhiteSpace(lang) ? null : lang.Trim().Split(',')[0].Trim();
    }

    internal static DateTimeOffset? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var s = value.Trim();
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
            return parsed;
        // "20240425T101500Z" / "2024/04/25" and epoch seconds are seen in the wild too.
        string[] formats = ["yyyyMMdd'T'HHmmssK", "yyyyMMdd", "yyyy/MM/dd", "yyyy/MM/dd HH:mm", "dd.MM.yyyy", "dd.MM.yyyy HH:mm"];
        if (DateTimeOffset.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out parsed))
            return parsed;
        return long.TryParse(s, out var epoch) && epoch is > 600_000_000 and < 5_000_000_000
            ? DateTimeOffset.FromUnixTimeSeconds(epoch) : null;
    }

    static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var s = Blocks.Collapse(WebUtility.HtmlDecode(text));
        return s.Length == 0 ? null : s;
    }
}
