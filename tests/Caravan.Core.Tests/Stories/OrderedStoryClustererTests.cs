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

    [Fact]
    public void Settle_ALateReport_ReplaysOnlyTheReportsAfterIt()
    {
        var reports = SyntheticWeek.Reports(seed: 9, events: 8, perEvent: 6);
        var late = reports[^6];
        var ordered = new OrderedStoryClusterer(_ => null);
        foreach (var r in reports.Where(r => r != late)) { ordered.Add(r.Order, r.Doc, null); ordered.Settle(); }
        var before = ordered.Placements;
        ordered.Add(late.Order, late.Doc, null);
        ordered.Settle();
        // The late report and the five after it in report order; the 42 before it keep their places untouched.
        Assert.Equal(before + 6, ordered.Placements);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Settle_RandomArrivalOrdersAndBatches_GiveTheStoriesOfReportOrder(bool withCopies)
    {
        for (var seed = 0; seed < 30; seed++)
        {
            var random = new Random(seed);
            var reports = SyntheticWeek.Reports(seed: 100 + seed, events: random.Next(3, 12), perEvent: random.Next(2, 9));
            // A copy names its original (an attribution, found by the copy detector): earlier or later in report order.
            var originalOf = withCopies
                ? reports.Where(_ => random.Next(6) == 0).ToDictionary(r => r.Doc.Id, r => reports[random.Next(reports.Count)].Doc.Id)
                    .Where(kv => kv.Key != kv.Value).ToDictionary()
                : [];
            var expected = withCopies ? Groups(reports, OrderedInOneBatch(reports, originalOf)) : Groups(reports, PlacedInOrder(reports));
            var arrivals = Shuffled(reports, seed);
            var batches = new List<SyntheticWeek.Report[]>();
            for (var at = 0; at < arrivals.Count;)
            {
                var size = Math.Min(arrivals.Count - at, random.Next(1, 12));
                batches.Add([.. arrivals.Skip(at).Take(size)]);
                at += size;
            }
            Assert.Equal(expected, Groups(reports, Arriving(batches, originalOf)));
        }
    }

    /// <summary>The canonical run: everything at once, in report order.</summary>
    static Dictionary<long, long> OrderedInOneBatch(IReadOnlyList<SyntheticWeek.Report> reports, Dictionary<long, long> originalOf)
    {
        var ordered = new OrderedStoryClusterer(_ => null);
        foreach (var r in reports) ordered.Add(r.Order, r.Doc, originalOf.TryGetValue(r.Doc.Id, out var o) ? o : null);
        return new Dictionary<long, long>(ordered.Settle());
    }

    /// <summary>As the linker feeds it: a copy names its original once that has arrived; an original arriving after its copies re-points them.</summary>
    static Dictionary<long, long> Arriving(IReadOnlyList<SyntheticWeek.Report[]> batches, Dictionary<long, long> originalOf)
    {
        var ordered = new OrderedStoryClusterer(_ => null);
        var keys = new Dictionary<long, long>();
        var arrived = new HashSet<long>();
        foreach (var batch in batches)
        {
            foreach (var r in batch)
            {
                arrived.Add(r.Doc.Id);
                ordered.Add(r.Order, r.Doc, originalOf.TryGetValue(r.Doc.Id, out var o) && arrived.Contains(o) ? o : null);
                foreach (var (copy, original) in originalOf)
                    if (original == r.Doc.Id && arrived.Contains(copy)) ordered.SetFollows(copy, original);
            }
            Apply(keys, ordered.Settle());
        }
        return keys;
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
