using Caravan.Dedup;

namespace Caravan.Stories;

/// <summary>
/// Story membership does not depend on arrival order: a synthetic week of reports (events whose words
/// overlap, so that where a report lands depends on what came before it) arrives in shuffled batches and
/// ends in the stories a plain <see cref="StoryClusterer"/> gives in report order.
/// </summary>
public class OrderedStoryClustererTests
{
    static readonly DateTimeOffset T0 = new(2026, 11, 2, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Settle_ShuffledBatches_GiveTheStoriesOfAnOrderedRun()
    {
        var reports = SyntheticWeek.Reports(seed: 7, events: 14, perEvent: 9);
        var expected = Groups(reports, PlacedInOrder(reports));
        foreach (var seed in new[] { 1, 2, 3, 4 })
            Assert.Equal(expected, Groups(reports, Ordered(Shuffled(reports, seed), new StoryOptions(), batch: 1 + seed * 3)));
    }

    [Fact]
    public void Place_ShuffledWithoutReplay_GivesOtherStories_SoTheOrderMatters()
    {
        // What the ordered clusterer fixes: the same reports placed as they arrive end in other stories.
        var reports = SyntheticWeek.Reports(seed: 7, events: 14, perEvent: 9);
        var expected = Groups(reports, PlacedInOrder(reports));
        var differing = new[] { 1, 2, 3, 4 }.Count(seed => !Groups(reports, PlacedInOrder(Shuffled(reports, seed))).SetEquals(expected));
        Assert.True(differing > 0, "every shuffled order gave the ordered stories: the synthetic set does not test order");
    }

    [Fact]
    public void Settle_ReportsInOrder_NeverReplay()
    {
        var reports = SyntheticWeek.Reports(seed: 3, events: 6, perEvent: 5);
        var ordered = new OrderedStoryClusterer(_ => null);
        foreach (var r in reports) { ordered.Add(r.Order, r.Doc, null); ordered.Settle(); }
        Assert.Equal(reports.Count, ordered.Placements);
    }

    [Fact]
    public void Settle_ALateReportBeyondTheReplayBound_StillGetsAStory_AndLaterOnesKeepTheirs()
    {
        var reports = SyntheticWeek.Reports(seed: 5, events: 6, perEvent: 6);
        var ordered = new OrderedStoryClusterer(_ => null, new StoryOptions { MaxReplayReports = 5 });
        var keys = new Dictionary<long, long>();
        foreach (var r in reports.Skip(1)) { ordered.Add(r.Order, r.Doc, null); Apply(keys, ordered.Settle()); }
        var before = new Dictionary<long, long>(keys);
        ordered.Add(reports[0].Order, reports[0].Doc, null);
        var moved = ordered.Settle();
        Assert.Equal([reports[0].Doc.Id], moved.Keys);
        Apply(keys, moved);
        Assert.All(before, kv => Assert.Equal(kv.Value, keys[kv.Key]));
        Assert.True(ordered.LogCount <= 5);
    }

    [Fact]
    public void Settle_ACopyFollowsItsOriginal_EvenWhenTheOriginalComesLaterInReportOrder()
    {
        var reports = SyntheticWeek.Reports(seed: 11, events: 4, perEvent: 3);
        var ordered = new OrderedStoryClusterer(_ => null);
        var keys = new Dictionary<long, long>();
        // The last report names the first as its original (an attribution), yet comes before it.
        var copy = reports[^1] with { Order = reports[^1].Order with { Published = T0.AddHours(-5) }, Doc = reports[^1].Doc with { Published = T0.AddHours(-5) } };
        foreach (var r in reports.SkipLast(1)) ordered.Add(r.Order, r.Doc, null);
        ordered.Add(copy.Order, copy.Doc, reports[0].Doc.Id);
        Apply(keys, ordered.Settle());
        Assert.Equal(keys[reports[0].Doc.Id], keys[copy.Doc.Id]);
    }

    static void Apply(Dictionary<long, long> keys, IReadOnlyDictionary<long, long> changed)
    {
        foreach (var (id, key) in changed) keys[id] = key;
    }

    static Dictionary<long, long> PlacedInOrder(IReadOnlyList<SyntheticWeek.Report> reports)
    {
        var plain = new StoryClusterer();
        return reports.ToDictionary(r => r.Doc.Id, r => plain.Place(r.Doc));
    }

    static Dictionary<long, long> Ordered(IReadOnlyList<SyntheticWeek.Report> arrivals, StoryOptions options, int batch)
    {
        var ordered = new OrderedStoryClusterer(_ => null, options);
        var keys = new Dictionary<long, long>();
        foreach (var chunk in arrivals.Chunk(batch))
        {
            foreach (var r in chunk) ordered.Add(r.Order, r.Doc, null);
            Apply(keys, ordered.Settle());
        }
        return keys;
    }

    static List<SyntheticWeek.Report> Shuffled(IReadOnlyList<SyntheticWeek.Report> reports, int seed)
    {
        var copy = reports.ToArray();
        new Random(seed).Shuffle(copy);
        return [.. copy];
    }

    /// <summary>Stories as sets of report ids, whatever their keys.</summary>
    static HashSet<string> Groups(IReadOnlyList<SyntheticWeek.Report> reports, Dictionary<long, long> keys) =>
        reports.GroupBy(r => keys[r.Doc.Id]).Select(g => string.Join(",", g.Select(r => r.Doc.Id).Order())).ToHashSet();
}
