using System.Runtime.CompilerServices;
using Caravan.Model;
using Caravan.Storage;

namespace Caravan.Web.Pages;

/// <summary>
/// Who reported a story independently. A copy or syndication counts as the outlet it copies, an aggregator's
/// republication ("Originally published by X") counts as X, not as the aggregator, and an outlet's later
/// versions of one report count once: the number a reader means by "reported by N outlets".
/// </summary>
static class IndependentOutlets
{
    /// <summary>The distinct independent outlets among one story's reports.</summary>
    public static IReadOnlySet<string> Of(IReadOnlyList<StoryReport> reports, IReadOnlyDictionary<long, Source> sources)
    {
        var byId = reports.ToDictionary(r => r.ArticleId);
        var byName = SourcesByName(sources);
        return reports.Select(r => KeyOf(r, byId, byName)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The outlet a report counts as: a source id, an original outlet's name, or the unseen original of a copy.</summary>
    public static string KeyOf(StoryReport report, IReadOnlyDictionary<long, StoryReport> byId, IReadOnlyDictionary<string, long> sourcesByName)
    {
        var r = report;
        // Follow copy links to the original (a chain is short; the bound only guards against a cycle in bad data).
        for (int hops = 0; hops < 8 && (r.DuplicateOfId ?? r.SyndicatedFromId) is { } target; hops++)
        {
            if (!byId.TryGetValue(target, out var original)) return "article:" + target;
            r = original;
        }
        if (r.OriginalOutlet is { Length: > 0 } name)
            return sourcesByName.TryGetValue(Normalize(name), out var id) ? "source:" + id : "outlet:" + Normalize(name);
        return "source:" + r.SourceId;
    }

    /// <summary>The report that stands for the story: its earliest original (not a copy, not a republication), else its earliest report.</summary>
    public static StoryReport Best(IReadOnlyList<StoryReport> reports) =>
        reports.OrderBy(r => r.SortAt).ThenBy(r => r.ArticleId).FirstOrDefault(IsOriginal)
        ?? reports.OrderBy(r => r.SortAt).ThenBy(r => r.ArticleId).First();

    public static bool IsOriginal(StoryReport r) => r.DuplicateOfId is null && r.SyndicatedFromId is null && string.IsNullOrEmpty(r.OriginalOutlet);

    /// <summary>
    /// Sources by normalized name, built once per sources dictionary: a listing summarizes 25 stories against the same
    /// sources, and <see cref="Caching.SourceDirectory"/> hands out one dictionary until a source changes.
    /// </summary>
    public static IReadOnlyDictionary<string, long> SourcesByName(IReadOnlyDictionary<long, Source> sources) =>
        ByName.GetValue(sources, static s =>
        {
            var map = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var source in s.Values) map.TryAdd(Normalize(source.Name), source.Id);
            return map;
        });

    static readonly ConditionalWeakTable<IReadOnlyDictionary<long, Source>, IReadOnlyDictionary<string, long>> ByName = new();

    static string Normalize(string name) => name.Trim().ToLowerInvariant();
}
