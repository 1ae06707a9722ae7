using Caravan.Parsing;

namespace Caravan.Ingest;

/// <summary>How many items a feed publishes per week, judged from the dates of the items it lists.</summary>
public static class PostingRate
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    // A burst of items in the last minutes says little about a week: judge over at least an hour.
    private static readonly TimeSpan ShortestSpan = TimeSpan.FromHours(1);

    /// <summary>
    /// Items dated within the last 7 days; when the feed lists fewer days than that (a busy outlet's
    /// feed holds only its last few hours), the count is extrapolated to a week. Null when no item
    /// carries a date, so the caller keeps the previous interval.
    /// </summary>
    public static int? ItemsPerWeek(ParsedFeed feed, DateTimeOffset now)
    {
        var dates = feed.Items
            .Select(i => i.Published ?? i.Updated)
            .OfType<DateTimeOffset>()
            .Where(d => d <= now + TimeSpan.FromDays(1)) // a date far in the future is a bug, not a post
            .Select(d => d > now ? now : d)
            .ToList();
        if (dates.Count == 0) return null;
        var inWindow = dates.Where(d => d > now - Week).ToList();
        if (inWindow.Count == 0) return 0;
        var feedReachesBackAWeek = dates.Any(d => d <= now - Week);
        if (feedReachesBackAWeek) return inWindow.Count;
        var span = now - inWindow.Min();
        if (span < ShortestSpan) span = ShortestSpan;
        return (int)Math.Min(int.MaxValue, Math.Round(inWindow.Count * (Week / span)));
    }
}
