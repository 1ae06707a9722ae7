using System.Globalization;
using System.Text.Json;
using Caravan.Dedup;
using Caravan.Tagging;
using Caravan.TestSupport;

namespace Caravan.Stories;

/// <summary>
/// English, Russian and Kazakh reports of one event join one story through tag ids, names and
/// numbers; two events of the same kind (two earthquakes, two verdicts) stay apart across languages
/// too. Fixture: tests/data/stories/bilingual.jsonl (README there).
/// </summary>
public class CrossLanguageStoriesTests
{
    sealed record Report(long Id, string Name, string Event, DedupDocument Doc, string Language);

    static List<Report> Load() => File.ReadLines(TestData.Path("stories", "bilingual.jsonl")).Select((line, i) =>
    {
        var e = JsonDocument.Parse(line).RootElement;
        string S(string name) => e.GetProperty(name).GetString()!;
        return new Report(i + 1, S("id"), S("event"), new DedupDocument
        {
            Id = i + 1, ItemKey = S("id"), Source = S("source"), SourceName = S("source"), Title = S("title"), Text = S("text"),
            Published = DateTimeOffset.Parse(S("published"), CultureInfo.InvariantCulture), Language = S("language"),
        }, S("language"));
    }).ToList();

    static Dictionary<string, long> Cluster(IEnumerable<Report> reports, bool withTags)
    {
        var linker = new ReportLinker();
        var stories = new Dictionary<string, long>();
        foreach (var r in reports.OrderBy(r => r.Doc.Published))
        {
            var tags = withTags ? StoryTags.From(ArticleTagger.Tag(new TagInput { Title = r.Doc.Title, Text = r.Doc.Text, LanguageHint = r.Language })) : null;
            stories[r.Name] = linker.Link(r.Doc, tags).StoryKey;
        }
        // A report linked later can move earlier ones (it came first in report order): the final stories count.
        foreach (var r in reports) stories[r.Name] = linker.StoryOf(r.Id)!.Value;
        return stories;
    }

    [Fact]
    public void Link_WithTags_JoinsEachEventAcrossLanguages_AndKeepsEventsApart()
    {
        var reports = Load();
        var stories = Cluster(reports, withTags: true);
        var wrong = new List<string>();
        foreach (var a in reports)
            foreach (var b in reports.Where(b => b.Id > a.Id))
                if ((a.Event == b.Event) != (stories[a.Name] == stories[b.Name]))
                    wrong.Add($"{a.Name} {(a.Event == b.Event ? "apart from" : "with")} {b.Name}");
        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
    }

    [Fact]
    public void Link_WithTags_InReverseFileOrderToo_GivesTheSameGroups()
    {
        var reports = Load();
        var forward = Cluster(reports, withTags: true);
        var backward = Cluster(Enumerable.Reverse(reports).ToList(), withTags: true);
        foreach (var a in reports)
            foreach (var b in reports)
                Assert.Equal(forward[a.Name] == forward[b.Name], backward[a.Name] == backward[b.Name]);
    }

    [Fact]
    public void Place_TagIdsAlone_JoinAcrossScripts_WhenEnoughAreShared()
    {
        var t = new DateTimeOffset(2026, 11, 14, 4, 0, 0, TimeSpan.Zero);
        var tags = new[] { "place:KG.osh", "place:KG.kara-suu", "country:KG", "place:UZ.andijan" };
        var c = new StoryClusterer();
        c.Place(new StoryDocument { Id = 1, Text = "Earthquake damages houses near the city, rescuers say", Published = t, TagIds = tags });
        c.Place(new StoryDocument { Id = 2, Text = "Unrelated report about wheat harvest prices in the north", Published = t, TagIds = ["country:KZ"] });
        // Two shared ids (a city and its country) are not enough: a festival in Osh is not the earthquake.
        Assert.Equal(3, c.Place(new StoryDocument { Id = 3, Text = "Фестиваль ремёсел открылся в городе", Published = t.AddHours(1), TagIds = ["place:KG.osh", "country:KG"] }));
        Assert.Equal(1, c.Place(new StoryDocument { Id = 4, Text = "Землетрясение повредило дома, сообщают спасатели", Published = t.AddHours(2), TagIds = tags }));
    }
}
