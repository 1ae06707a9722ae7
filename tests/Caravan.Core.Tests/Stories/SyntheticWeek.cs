using Caravan.Dedup;

namespace Caravan.Stories;

/// <summary>
/// A generated week of reports for order tests: each event has its own words, neighbouring events share
/// half of theirs (two court cases, two floods), and every report adds common words, so where a report
/// lands depends on the reports before it. Seeded: the same set every run.
/// </summary>
public static class SyntheticWeek
{
    public sealed record Report(DedupDocument Order, StoryDocument Doc);

    static readonly string[] Syllables = ["ka", "ro", "mi", "tan", "sel", "bur", "dos", "li", "ven", "gar", "nu", "pek", "sha", "tol", "zim", "ora", "bek", "dar"];

    public static IReadOnlyList<Report> Reports(int seed, int events, int perEvent)
    {
        var random = new Random(seed);
        var common = Enumerable.Range(0, 120).Select(_ => Word(random)).ToArray();
        var own = Enumerable.Range(0, events).Select(_ => Enumerable.Range(0, 12).Select(_ => Word(random)).ToArray()).ToArray();
        var reports = new List<Report>();
        long id = 1;
        for (var e = 0; e < events; e++)
        {
            // Half of an event's words are its neighbour's: the events overlap in pairs.
            var words = own[e].Take(6).Concat(own[(e + 1) % events].Take(6)).ToArray();
            var start = T0(e * 9.0);
            for (var r = 0; r < perEvent; r++)
            {
                var text = string.Join(' ', Enumerable.Range(0, 40).Select(i => i % 3 == 0 ? common[random.Next(common.Length)] : words[random.Next(words.Length)]));
                var at = start.AddHours(random.NextDouble() * 30);
                var source = random.Next(1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture);
                var key = $"e{e}-r{r}";
                reports.Add(new Report(
                    new DedupDocument { Id = id, Source = source, ItemKey = key, Text = text, Published = at },
                    new StoryDocument { Id = id, Source = source, Text = text, Published = at, Language = "en" }));
                id++;
            }
        }
        return [.. reports.OrderBy(r => r.Order, Comparer<DedupDocument>.Create(ReportOrder.Compare))];
    }

    static DateTimeOffset T0(double hours) => new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero).AddHours(hours);

    static string Word(Random random) => string.Concat(Enumerable.Range(0, 3).Select(_ => Syllables[random.Next(Syllables.Length)]));
}
