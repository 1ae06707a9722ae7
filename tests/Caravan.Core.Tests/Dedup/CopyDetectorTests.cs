namespace Caravan.Dedup;

public class CopyDetectorTests
{
    static readonly DateTimeOffset T0 = new(2026, 11, 10, 7, 15, 0, TimeSpan.Zero);
    const string Body = """
        Several hundred protesters gathered on the central square of Zhanaozen on Tuesday morning after the price of liquefied gas at filling stations in the Mangystau region rose overnight from 90 to 120 tenge per litre.
        Most of the cars in the oil town run on liquefied petroleum gas, and drivers said the increase would push up taxi fares and the cost of food brought in from Aktau.
        Police watched from the edge of the square but did not intervene. Mobile internet in the town was slow for several hours, residents said.
        """;

    static DedupDocument Doc(long id, string source, string text, double hours = 0, string? title = "Zhanaozen protest", string? outlet = null) =>
        new() { Id = id, Source = source, SourceName = source, Title = title, Text = text, Published = T0.AddHours(hours), OriginalOutlet = outlet };

    [Fact]
    public void Add_SameBodyFromAnotherOutlet_IsSyndicatedFromTheEarlierOne()
    {
        var d = new CopyDetector();
        Assert.Null(d.Add(Doc(1, "Steppe Herald", Body)).Target);
        var copy = d.Add(Doc(2, "Central Asia Wire", Body, hours: 2));
        Assert.Equal(1, copy.SyndicatedFrom);
        Assert.Null(copy.DuplicateOf);
    }

    [Fact]
    public void Add_SameBodySameOutletOtherKey_IsDuplicate()
    {
        var d = new CopyDetector();
        d.Add(Doc(1, "Steppe Herald", Body));
        Assert.Equal(1, d.Add(Doc(2, "Steppe Herald", Body, hours: 1)).DuplicateOf);
    }

    [Fact]
    public void Add_EditedBodySameOutletWithinWindow_IsVersion()
    {
        var d = new CopyDetector();
        d.Add(Doc(1, "Steppe Herald", Body));
        var edited = Body.Replace("Several hundred", "Around 200") + "\nThe deputy akim met twelve protesters in the afternoon.";
        Assert.Equal(1, d.Add(Doc(2, "Steppe Herald", edited, hours: 5)).VersionOf);
    }

    [Fact]
    public void Add_TruncatedTeaser_IsCopyByContainment()
    {
        var d = new CopyDetector();
        d.Add(Doc(1, "Steppe Herald", Body));
        var teaser = string.Join(' ', Body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(40));
        Assert.Equal(1, d.Add(Doc(2, "Central Asia Wire", teaser, hours: 1)).SyndicatedFrom);
    }

    [Fact]
    public void Add_OriginalArrivingAfterItsAttributedCopy_TakesTheCopyOver()
    {
        var d = new CopyDetector();
        d.Add(Doc(1, "Central Asia Wire", Body, hours: -1, outlet: "Steppe Herald"));
        var original = d.Add(Doc(2, "Steppe Herald", Body, hours: 0));
        Assert.Null(original.Target);
        Assert.Equal([1L], original.NowCopiesOfThis);
    }

    [Fact]
    public void Add_EarlierReportArrivingLate_BecomesTheOriginalOfCopiesAndVersions()
    {
        var d = new CopyDetector();
        var edited = Body.Replace("Several hundred", "Around 200") + "\nThe deputy akim met twelve protesters in the afternoon.";
        d.Add(Doc(1, "Steppe Herald", edited, hours: 5));
        Assert.Equal(1, d.Add(Doc(2, "Central Asia Wire", edited, hours: 6)).SyndicatedFrom);
        var first = d.Add(Doc(3, "Steppe Herald", Body, hours: 0));
        Assert.Null(first.Target);
        Assert.Equal([new RepointedLinks(1, new DedupLinks { VersionOf = 3 }), new RepointedLinks(2, new DedupLinks { SyndicatedFrom = 3 })],
            first.Repointed.OrderBy(r => r.Id));
    }

    [Fact]
    public void Add_SameInstantFromTwoOutlets_TheLowerSourceIsTheOriginalWhicheverArrivesFirst()
    {
        var d = new CopyDetector();
        d.Add(Doc(1, "b-outlet", Body) with { ItemKey = "k" });
        Assert.Equal([1L], d.Add(Doc(2, "a-outlet", Body) with { ItemKey = "k" }).NowCopiesOfThis);
    }

    [Fact]
    public void Add_TransliteratedCopy_IsFound()
    {
        const string ru = "Несколько сотен протестующих собрались во вторник утром на центральной площади Жанаозена Мангистауской области. Жители требуют отменить повышение розничной цены на сжиженный газ, которая с начала ноября выросла почти на треть. Большинство автомобилей в регионе работает на газе.";
        const string latin = "Neskol'ko soten protestuyushchikh sobralis' vo vtornik utrom na tsentral'noy ploshchadi Zhanaozena Mangistauskoy oblasti. Zhiteli trebuyut otmenit' povysheniye roznichnoy tseny na szhizhennyy gaz, kotoraya s nachala noyabrya vyrosla pochti na tret'. Bol'shinstvo avtomobiley v regione rabotayet na gaze.";
        var d = new CopyDetector();
        d.Add(Doc(1, "Novosti Stepi", ru, title: null));
        Assert.Equal(1, d.Add(Doc(2, "Translit Digest", latin, hours: 1, title: null)).SyndicatedFrom);
    }

    [Fact]
    public void Add_SameKindOfEventElsewhere_IsNotACopy()
    {
        var d = new CopyDetector();
        d.Add(Doc(1, "Steppe Herald", "A district court in Almaty on Monday sentenced the blogger Marat Yesenov to three years in prison for spreading knowingly false information, a charge that rights groups say is used against critics."));
        var other = d.Add(Doc(2, "Dushanbe Daily", "A court in Dushanbe on Wednesday sentenced the journalist Rustam Saidov to seven years in prison for extremism, a charge that rights groups say is used against critics of the government.", hours: 48));
        Assert.Null(other.Target);
    }

    [Fact]
    public void Evict_ForgetsReportsBeforeTheCutoff()
    {
        var d = new CopyDetector();
        d.Add(Doc(1, "Steppe Herald", Body));
        d.Evict(T0.AddDays(1));
        Assert.Equal(0, d.Count);
        Assert.Null(d.Add(Doc(2, "Central Asia Wire", Body, hours: 30)).Target);
    }
}
