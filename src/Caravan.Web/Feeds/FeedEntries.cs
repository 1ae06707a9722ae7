using Caravan.Model;
using Caravan.Web.Pages;

namespace Caravan.Web.Feeds;

/// <summary>Turns stored articles into feed entries, optionally one per story.</summary>
static class FeedEntries
{
    public static IReadOnlyList<FeedEntry> From(IReadOnlyList<Article> articles, IReadOnlyDictionary<long, Source> sources, Uri baseUrl, bool onePerStory)
    {
        if (!onePerStory) return articles.Select(a => Entry(a, sources, baseUrl, 0)).ToList();
        // Newest first in, newest first out: a story takes the place of its newest report and is
        // represented by it; the other outlets reporting it are counted.
        var entries = new List<FeedEntry>();
        foreach (var group in articles.GroupBy(a => a.StoryId ?? -a.Id))
        {
            var first = group.First();
            var others = group.Select(a => a.SourceId).Distinct().Count(id => id != first.SourceId);
            entries.Add(Entry(first, sources, baseUrl, others));
        }
        return entries;
    }

    static FeedEntry Entry(Article a, IReadOnlyDictionary<long, Source> sources, Uri baseUrl, int otherOutlets)
    {
        var source = sources.GetValueOrDefault(a.SourceId);
        var published = a.PublishedAt ?? a.FirstSeenAt;
        return new FeedEntry
        {
            Link = new Uri(baseUrl, $"/article/{a.Id}"),
            Title = string.IsNullOrWhiteSpace(a.Title) ? "(untitled)" : a.Title,
            Published = published,
            Updated = Max(a.UpdatedAt ?? published, published),
            Summary = Html.Excerpt(a.Summary is { Length: > 0 } s ? s : a.Text),
            Outlet = source?.Name ?? "unknown outlet",
            OutletUrl = source is null ? null : HttpUrl(source.SiteUrl?.AbsoluteUri ?? source.FeedUrl.AbsoluteUri),
            ExternalUrl = HttpUrl(a.Url),
            OriginalOutlet = a.OriginalOutlet,
            OriginalUrl = HttpUrl(a.OriginalUrl),
            Byline = a.Byline,
            ImageUrl = HttpUrl(a.ImageUrl),
            ImageCredit = a.ImageCredit,
            Language = a.Language,
            OtherOutlets = otherOutlets,
        };
    }

    /// <summary>Only absolute http(s) URLs leave Caravan in a feed; anything else is dropped.</summary>
    static Uri? HttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u : null;

    static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>The feed's last change: its newest entry update, or the Unix epoch when it is empty.</summary>
    public static DateTimeOffset LastChange(IReadOnlyList<FeedEntry> entries) =>
        entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.Updated);
}
