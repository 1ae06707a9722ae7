namespace Caravan.Tagging;

public class ArticleTaggerTests
{
    static TagResult Tag(string text, string? title = null, string? hint = null) =>
        ArticleTagger.Tag(new TagInput { Title = title, Text = text, CountryHint = hint });

    [Fact]
    public void Tag_EthnicKazakhInXinjiang_IsAboutChina()
    {
        // The sample archive's trap (samples/CASES-ru.md), without its dateline: the text names Kazakhstan and Almaty more often than China.
        var r = Tag("""
            An ethnic Kazakh herder from Ili prefecture in China's Xinjiang region has been detained after returning from a visit to relatives in Kazakhstan, according to his sister, who lives in Almaty.

            Around 1.5 million Kazakhs live in Xinjiang, and many have relatives across the border. Since 2017, hundreds of families in Kazakhstan have reported relatives detained in camps or prisons in the region; Beijing describes its policies as vocational training.

            Activists in Almaty say travel between the two countries still carries risks for Chinese citizens of Kazakh origin.
            """, "Ethnic Kazakh herder held in Xinjiang after visit to relatives, family says", "KZ");
        Assert.Equal("CN", r.Countries[0].Code);
        Assert.Contains(r.Countries, c => c.Code == "KZ");
    }

    [Fact]
    public void Tag_SpellingsAndInflections_LinkToOnePersonWithTheCanonicalName()
    {
        var r = Tag("""
            АСТАНА, 3 ноября — Президент Тоқаев встретился с Токаевым? Нет: Касым-Жомарт Токаев провёл совещание в Астане.

            Глава государства Токаева поддержали в Казахстане. Qasym-Jomart Toqaev.
            """);
        var person = Assert.Single(r.People);
        Assert.Equal(("p.tokayev", "Tokayev"), (person.Id, person.Name));
        Assert.Equal("KZ", r.Countries[0].Code);
        Assert.Contains(r.Places, p => p.Id == "KZ.astana");
    }

    [Fact]
    public void Tag_KazakhCaseEndings_StillMatch()
    {
        var r = Tag("Қазақстанның Президенті Тоқаевқа Маңғыстау облысындағы жағдай туралы баяндады. Ақтауда жиын өтті.");
        Assert.Equal("KZ", r.Countries[0].Code);
        Assert.Contains(r.People, p => p.Id == "p.tokayev");
        Assert.Contains(r.Places, p => p.Id == "KZ.aktau");
    }

    [Fact]
    public void Tag_SurnameAlone_GoesToThePersonNamedInFull()
    {
        var r = Tag("Former prime minister Akylbek Japarov spoke in Bishkek. Japarov said the budget was sound.");
        var person = Assert.Single(r.People);
        Assert.Equal("p.akylbek-japarov", person.Id);
        Assert.Contains("Japarov", person.Why);
    }

    [Fact]
    public void Tag_SurnameAlone_WithoutAFullName_GoesToTheBetterKnownPerson() =>
        Assert.Equal("p.japarov", Assert.Single(Tag("Japarov met traders in Osh on Friday.").People).Id);

    [Fact]
    public void Tag_LowerCaseWords_AreNotPlaces() =>
        Assert.Empty(Tag("We will roast a turkey and talk about china plates at the oral exam.").Countries);

    [Fact]
    public void Tag_SourceCountryAlone_IsWeakEvidence()
    {
        var r = Tag("The weather was fine and the market was quiet all week.", hint: "kg");
        var only = Assert.Single(r.Countries);
        Assert.Equal(("KG", "source country only"), (only.Code, only.Why));
        Assert.True(only.Score < 0.5);
    }

    [Fact]
    public void Tag_DatelineOutweighsPassingMentions()
    {
        var r = Tag("""
            OSH, Kyrgyzstan — Traders at the Kara-Suu bazaar said prices rose after a shipment from Kazakhstan was delayed.

            Goods from Uzbekistan also came late.
            """);
        Assert.Equal("KG", r.Countries[0].Code);
        Assert.Equal(1.0, r.Countries[0].Score);
        Assert.Contains("dateline: OSH", r.Countries[0].Why);
    }

    [Fact]
    public void Tag_Organisations_AcrossLanguages()
    {
        var r = Tag("Саммит ШОС и заседание ОДКБ прошли в Бишкеке; the SCO and CSTO leaders met.");
        Assert.Equal(["o.csto", "o.sco"], r.Organisations.Select(o => o.Id).Order().ToArray());
    }
}
