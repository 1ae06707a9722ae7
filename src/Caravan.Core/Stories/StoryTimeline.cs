using Caravan.Model;

namespace Caravan.Stories;

/// <summary>When one outlet first reported a story, and how many of its reports (copies included) there are.</summary>
public sealed record OutletSpread(long SourceId, string Outlet, DateTimeOffset FirstReportAt, long FirstArticleId, int Reports, bool OnlyCopies);

/// <summary>Reports of a story in one hour or one day (UTC).</summary>
public sealed record SpreadBucket(DateTimeOffset Start, int Reports, int Outlets);

/// <summary>
/// How a story spread: its first report, the outlets in the order they took it up, the countries
/// tagged on its reports, and reports per hour and per day. Built from the story's stored articles;
/// the publishing issue renders it.
/// </summary>
public sealed record StoryTimeline(
    long? FirstArticleId, IReadOnlyList<OutletSpread> Outlets, IReadOnlyList<string> Countries,
    IReadOnlyList<SpreadBucket> PerHour, IReadOnlyList<SpreadBucket> PerDay)
{
    /// <summary>Copies and duplicates are counted for spread; the first report is the earliest original.</summary>
    public static StoryTimeline From(IReadOnlyList<Article> articles, IReadOnlyDictionary<long, string> outletNames, IReadOnlyDictionary<long, IReadOnlyList<Tag>>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        static DateTimeOffset At(Article a) => (a.PublishedAt ?? a.FirstSeenAt).ToUniversalTime();
        var ordered = articles.OrderBy(At).ThenBy(a => a.Id).ToList();
        var first = ordered.FirstOrDefault(a => a.SyndicatedFromId is null && a.DuplicateOfId is null && a.VersionOfId is null) ?? ordered.FirstOrDefault();
        var outlets = ordered.GroupBy(a => a.SourceId).Select(g => new OutletSpread(
                g.Key, outletNames.GetValueOrDefault(g.Key) ?? $"source {g.Key}", At(g.First()), g.First().Id, g.Count(),
                g.All(a => a.SyndicatedFromId is not null || a.DuplicateOfId is not null)))
            .OrderBy(o => o.FirstReportAt).ThenBy(o => o.FirstArticleId).ToList();
        var countries = tags is null ? [] : ordered
            .SelectMany(a => tags.GetValueOrDefault(a.Id) ?? [])
            .Where(t => t.Kind == TagKind.Country)
            .GroupBy(t => t.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList();
        return new StoryTimeline(first?.Id, outlets, countries, Buckets(ordered, TimeSpan.FromHours(1)), Buckets(ordered, TimeSpan.FromDays(1)));

        static List<SpreadBucket> Buckets(List<Article> ordered, TimeSpan width) => ordered
            .GroupBy(a => new DateTimeOffset(At(a).UtcTicks - At(a).UtcTicks % width.Ticks, TimeSpan.Zero))
            .Select(g => new SpreadBucket(g.Key, g.Count(), g.Select(a => a.SourceId).Distinct().Count())).ToList();
    }
}
