using Caravan.Model;
using Caravan.Storage;

namespace Caravan.Web.Pages;

/// <summary>One entry of a listing: a story shown by its best report, with how many other outlets reported it.</summary>
sealed record StoryEntry(Article Report, long? StoryId, int OtherOutlets, int Outlets, DateTimeOffset LatestReport);

/// <summary>Turns one-per-story listing rows into entries with three queries in all, however long the page.</summary>
static class StoryEntries
{
    /// <summary>Entries for listing rows (one per story, e.g. from <see cref="ArticleQuery.OnePerStory"/>), in their order.</summary>
    public static async Task<IReadOnlyList<StoryEntry>> BuildAsync(IReadOnlyList<Article> rows, IReadOnlyDictionary<long, Source> sources,
        ICaravanStore store, CancellationToken ct)
    {
        var storyIds = rows.Where(a => a.StoryId is not null).Select(a => a.StoryId!.Value).Distinct().ToList();
        var reports = (await store.ListStoryReportsAsync(storyIds, ct)).GroupBy(r => r.StoryId).ToDictionary(g => g.Key, g => (IReadOnlyList<StoryReport>)g.ToList());
        var summaries = reports.ToDictionary(kv => kv.Key, kv => Summarize(kv.Value, sources));
        // A row may come twice (one article in two countries' rails of the home page).
        var have = new Dictionary<long, Article>();
        foreach (var a in rows) have.TryAdd(a.Id, a);
        var missing = summaries.Values.Select(s => s.BestId).Where(id => !have.ContainsKey(id)).ToList();
        foreach (var a in await store.GetArticlesAsync(missing, ct)) have[a.Id] = a;

        var entries = new List<StoryEntry>(rows.Count);
        foreach (var row in rows)
        {
            if (row.StoryId is { } sid && summaries.TryGetValue(sid, out var s) && have.TryGetValue(s.BestId, out var best))
                entries.Add(new StoryEntry(best, sid, s.Outlets - 1, s.Outlets, s.Latest));
            else
                entries.Add(new StoryEntry(row, row.StoryId, 0, 1, row.PublishedAt ?? row.FirstSeenAt));
        }
        return entries;
    }

    /// <summary>A story's best report (its latest version), independent outlets and latest report time.</summary>
    public static (long BestId, int Outlets, DateTimeOffset Latest) Summarize(IReadOnlyList<StoryReport> reports, IReadOnlyDictionary<long, Source> sources)
    {
        var best = IndependentOutlets.Best(reports);
        // An outlet's re-posted, edited report supersedes the first: show the latest of its chain.
        var root = best.VersionOfId ?? best.ArticleId;
        var latestVersion = reports.Where(r => r.ArticleId == root || r.VersionOfId == root).MaxBy(r => (r.SortAt, r.ArticleId)) ?? best;
        return (latestVersion.ArticleId, Math.Max(1, IndependentOutlets.Of(reports, sources).Count), reports.Max(r => r.SortAt));
    }
}
