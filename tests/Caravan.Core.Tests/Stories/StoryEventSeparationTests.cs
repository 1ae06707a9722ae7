namespace Caravan.Stories;

/// <summary>
/// What the ECB+ diagnosis found (bench/README.md, stories5): the first reports of a stream must find each other
/// although document frequencies know little yet, and a second event of the same kind (the same boxer's next
/// title fight) must not slip into the first event's established story. Texts written for these tests, no dates.
/// </summary>
public class StoryEventSeparationTests
{
    static readonly string[] RahmanFight =
    [
        "Wladimir Klitschko stopped Hasim Rahman in the seventh round in Mannheim on Saturday to keep his IBF and WBO heavyweight titles.",
        "Hasim Rahman was no match for Wladimir Klitschko, who retained the IBF heavyweight belt with a seventh-round stoppage at the SAP Arena in Mannheim.",
        "Klitschko floored Rahman in the sixth round and the referee stopped the fight in the seventh in Mannheim, Germany.",
        "The champion Wladimir Klitschko kept his heavyweight titles after the referee waved off his fight with Hasim Rahman in Mannheim.",
        "In Mannheim, Klitschko dominated the former champion Rahman with his jab before the stoppage in round seven.",
        "Rahman, who beat Lennox Lewis in 2001, barely threw a punch as Klitschko retained the IBF and WBO heavyweight titles in Mannheim.",
        "Wladimir Klitschko defended his heavyweight crown against Hasim Rahman in front of a sold-out crowd at the SAP Arena in Mannheim.",
        "The referee stopped the Klitschko-Rahman heavyweight title fight in Mannheim after Rahman failed to answer a left-right-left combination.",
    ];

    const string RahmanFollowUp = "Hasim Rahman said he had no excuses after Wladimir Klitschko stopped him in Mannheim and kept the IBF heavyweight title.";
    const string ThompsonFight = "Wladimir Klitschko stopped Tony Thompson in the sixth round at the Stade de Suisse in Bern to keep his WBA, IBF and WBO heavyweight titles; referee Sam Williams waved it off.";

    static StoryDocument Doc(long id, string text) => new() { Id = id, Text = text };

    [Fact]
    public void Place_FirstReportsOfTheStream_FindEachOther_ThoughTheTermsTheyShareAreInEveryReportSoFar()
    {
        var c = new StoryClusterer();
        for (var i = 0; i < 3; i++) Assert.Equal(1, c.Place(Doc(i + 1, RahmanFight[i])));
    }

    [Fact]
    public void Place_TheSameKindOfEventWithOtherNames_StaysOutOfAnEstablishedStory_WhileItsOwnFollowUpJoins()
    {
        var c = new StoryClusterer();
        for (var i = 0; i < RahmanFight.Length; i++) Assert.Equal(1, c.Place(Doc(i + 1, RahmanFight[i])));
        Assert.Equal(20, c.Place(Doc(20, ThompsonFight)));
        Assert.Equal(1, c.Place(Doc(21, RahmanFollowUp)));
    }
}
