using Caravan.Model;
using Caravan.Storage;

namespace Caravan.Web.Pages;

/// <summary>
/// The home page's ranking. A story scores <c>outlets × 2^(−age / 24 h)</c>: independent outlets (see
/// <see cref="IndependentOutlets"/>) weighed by recency with a half-life of one day, age running from the story's
/// latest report to now. So twice the outlets is worth a day of age: a story four outlets carried yesterday ties
/// with one two outlets carry now. Scores are compared as logarithms, so old archives do not underflow to zero.
/// </summary>
static class TopStories
{
    public const double HalfLifeHours = 24;
    /// <summary>The most recently reported stories that compete; a story quiet for longer than these is not top news.</summary>
    public const int Candidates = 200;

    /// <summary>log2 of the score: log2(outlets) − age in half-lives.</summary>
    public static double LogScore(int outlets, DateTimeOffset latestReport, DateTimeOffset now) =>
        Math.Log2(Math.Max(1, outlets)) - Math.Max(0, (now - latestReport).TotalHours) / HalfLifeHours;

    /// <summary>The <paramref name="count"/> best-scoring stories as entries, best first (three queries).</summary>
    public static async Task<IReadOnlyList<StoryEntry>> ListAsync(ICaravanStore store, IReadOnlyDictionary<long, Source> sources, DateTimeOffset now,
        int count, CancellationToken ct)
    {
        var stories = await store.ListStoriesAsync(new StoryQuery { Limit = Candidates }, ct);
        var reports = await store.ListStoryReportsAsync(stories.Select(s => s.Id).ToList(), ct);
        var ranked = reports.GroupBy(r => r.StoryId)
            .Select(g => (StoryId: g.Key, Summary: StoryEntries.Summarize(g.ToList(), sources)))
            .OrderByDescending(x => LogScore(x.Summary.Outlets, x.Summary.Latest, now))
            .ThenByDescending(x => x.Summary.Latest).ThenByDescending(x => x.StoryId)
            .Take(count).ToList();
        var best = (await store.GetArticlesAsync(ranked.Select(x => x.Summary.BestId).ToList(), ct)).ToDictionary(a => a.Id);
        return ranked.Where(x => best.ContainsKey(x.Summary.BestId))
            .Select(x => new StoryEntry(best[x.Summary.BestId], x.StoryId, x.Summary.Outlets - 1, x.Summary.Outlets, x.Summary.Latest)).ToList();
    }
}
