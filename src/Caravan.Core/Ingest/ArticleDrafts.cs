using Caravan.Cleaning;
using Caravan.Dedup;
using Caravan.Model;
using Caravan.Parsing;
using Caravan.Storage;
using Caravan.Tagging;

namespace Caravan.Ingest;

/// <summary>Turns a parsed feed item, cleaned (and, for a teaser, its full page), into an article draft with tags.</summary>
public static class ArticleDrafts
{
    public static ArticleDraft FromItem(ParsedItem item, Source source, CleanedItem cleaned, FullText? fullText = null)
    {
        var text = fullText?.Text ?? cleaned.Text;
        var html = fullText?.Html ?? cleaned.Html;
        var title = string.IsNullOrWhiteSpace(item.Title) ? fullText?.Title : item.Title;
        var dateline = cleaned.Dateline ?? fullText?.Dateline;
        var tagged = ArticleTagger.Tag(new TagInput
        {
            Title = title, Dateline = dateline, Text = text, CountryHint = source.CountryHint, Categories = item.Categories,
            LanguageHint = item.Language is { Length: >= 2 } l ? l[..2].ToLowerInvariant() : source.LanguageHint,
        });
        var language = tagged.Language;
        var article = new Article
        {
            ItemKey = item.Key,
            Guid = item.Id,
            Url = item.Link,
            Title = title?.Trim(),
            Byline = item.Authors.Count > 0 ? string.Join(", ", item.Authors) : fullText?.Byline,
            PublishedAt = item.Published ?? item.Updated ?? fullText?.Published,
            UpdatedAt = item.Updated,
            Language = language,
            Text = text,
            Html = string.IsNullOrWhiteSpace(text) ? null : html,
            Summary = item.Summary is null ? null : Excerpt(Sanitizer.ToPlainText(item.Summary)),
            ImageUrl = cleaned.ImageUrl?.AbsoluteUri ?? item.Image ?? fullText?.ImageUrl,
            ImageCredit = cleaned.ImageCredit ?? item.ImageCredit ?? fullText?.ImageCredit,
            Dateline = dateline,
            ContentHash = ContentHash.Of(title, text),
            IsTeaser = cleaned.IsTeaser && fullText is null,
            LinkOnly = string.IsNullOrWhiteSpace(text),
            OriginalOutlet = cleaned.OriginalOutlet,
            OriginalUrl = cleaned.OriginalUrl?.AbsoluteUri,
        };
        IReadOnlyList<Tag> tags = article.LinkOnly ? [] : tagged.ToTags();
        return new ArticleDraft { Article = article, Tags = tags };
    }

    static string Excerpt(string text) => text.Length <= 500 ? text : text[..500];
}

/// <summary>What the full article page added to a teaser item.</summary>
public sealed record FullText(string Text, string Html)
{
    public string? Title { get; init; }
    public string? Byline { get; init; }
    public string? Dateline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? ImageUrl { get; init; }
    public string? ImageCredit { get; init; }
}
