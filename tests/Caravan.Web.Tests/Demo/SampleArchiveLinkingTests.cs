using Caravan.Model;
using Caravan.Storage;

namespace Caravan.Web.Demo;

/// <summary>
/// The sample archive through the real pipeline (<see cref="SampleArchiveRun"/>), both editions, eight
/// sources at once; one assertion per duplicate, copy, version and story case of samples/CASES-en.md and CASES-ru.md.
/// </summary>
public sealed class SampleArchiveLinkingTests : IClassFixture<SampleArchiveLinkingTests.Ingested>
{
    readonly Ingested _run;

    public SampleArchiveLinkingTests(Ingested run) => _run = run;

    /// <summary>Several sources at once, as the scheduler runs them: story membership does not depend on the order reports arrive in (<see cref="SampleArchiveOrderTests"/>).</summary>
    public sealed class Ingested : IAsyncLifetime
    {
        SampleArchiveRun _run = null!;
        public IReadOnlyList<(Article Article, string Outlet)> Articles => _run.Articles;
        public ICaravanStore Store => _run.Store;

        public async Task InitializeAsync() => _run = await SampleArchiveRun.IngestAsync(maxConcurrentSources: 8, seed: null, CancellationToken.None);

        public async Task DisposeAsync() => await _run.DisposeAsync();
    }

    /// <summary>The article of an outlet whose guid or link contains <paramref name="id"/> ("?p=4801", "/2026/11/03/slug", "novosti-stepi-48213").</summary>
    Article Find(string outlet, string id)
    {
        var matches = _run.Articles.Where(x => x.Outlet == outlet && ((x.Article.Guid ?? "").Contains(id, StringComparison.Ordinal) || (x.Article.Url ?? "").Contains(id, StringComparison.Ordinal))).ToList();
        Assert.True(matches.Count == 1, $"{matches.Count} articles of {outlet} match {id}");
        return matches[0].Article;
    }

    [Theory]
    [InlineData("?p=20311", "steppe-herald", "?p=4877")]
    [InlineData("?p=20288", "steppe-herald", "?p=4801")]
    [InlineData("?p=20212", "steppe-herald", "?p=4760")]
    [InlineData("?p=20276", "steppe-herald", "?p=4795")]
    [InlineData("?p=20290", "bishkek-observer", "/2026/11/03/kambarata-1-financing-agreement-signed")]
    [InlineData("?p=20345", "bishkek-observer", "/2026/11/14/magnitude-5-8-earthquake-shakes-osh-region")]
    [InlineData("?p=20240", "bishkek-observer", "/2026/10/30/kyrgyz-traders-welcome-faster-korday-crossing")]
    [InlineData("?p=20190", "bishkek-observer", "/2026/10/21/kumtor-gold-output-forecast")]
    [InlineData("?p=20371", "dushanbe-daily", "/2026/11/18/dushanbe-court-sentences-journalist-to-seven-years")]
    [InlineData("?p=20330", "dushanbe-daily", "/2026/11/12/rogun-third-unit-begins-operation")]
    [InlineData("?p=20233", "dushanbe-daily", "/2026/10/30/casa-1000-line-reaches-afghan-border")]
    [InlineData("?p=20292", "tashkent-times", "/2026/11/03/uzbekistan-joins-kambarata-1-financing-pact")]
    [InlineData("?p=20347", "tashkent-times", "/2026/11/14/osh-earthquake-felt-in-andijan")]
    [InlineData("?p=20339", "tashkent-times", "/2026/11/13/uzbek-afghan-talks-on-qosh-tepa-canal")]
    [InlineData("?p=20301", "ashgabat-monitor", "/2026/11/05/president-opens-gas-chemical-plant-near-ashgabat")]
    [InlineData("?p=20358", "ashgabat-monitor", "/2026/11/16/line-d-pipeline-talks-with-china")]
    [InlineData("?p=20317", "ashgabat-monitor", "/2026/11/09/vpn-crackdown-slows-internet")]
    public void WireCopy_IsSyndicatedFromItsSource_InTheSourcesStory(string wire, string outlet, string original)
    {
        var copy = Find("central-asia-wire", wire);
        var source = Find(outlet, original);
        Assert.Equal((source.Id, source.StoryId), (copy.SyndicatedFromId, copy.StoryId));
        Assert.Null(source.SyndicatedFromId);
    }

    [Fact]
    public void WireItemListedTwice_IsOneArticle() => Find("central-asia-wire", "?p=20371");

    [Fact]
    public void EditionTwo_IsAVersionOfTheSameArticle_AndTheWireCopyStaysLinked()
    {
        var e2 = Find("steppe-herald", "?p=4877");
        Assert.Equal(2, e2.Version);
        Assert.Contains("Around 200", e2.Text);
        Assert.Equal(e2.Id, Find("central-asia-wire", "?p=20311").SyndicatedFromId);
    }

    [Theory]
    [InlineData("?p=4958")]
    [InlineData("?p=4961")]
    public void EditionTwoNewItems_AreNewArticles_NotCopiesOrVersions(string id)
    {
        var a = Find("steppe-herald", id);
        Assert.Equal((null, null, null, 1), (a.DuplicateOfId, a.SyndicatedFromId, a.VersionOfId, a.Version));
    }

    [Fact]
    public void EveryArticleWithABody_HasAStory() =>
        Assert.All(_run.Articles.Where(x => !x.Article.LinkOnly), x => Assert.NotNull(x.Article.StoryId));

    [Fact]
    public void Originals_AreNeitherDuplicatesNorCopies_ExceptTheWires()
    {
        var linked = _run.Articles.Where(x => x.Article.SyndicatedFromId is not null || x.Article.DuplicateOfId is not null || x.Article.VersionOfId is not null);
        Assert.All(linked, x => Assert.Equal("central-asia-wire", x.Outlet));
        Assert.Equal(17, linked.Count());
    }

    [Fact]
    public void E1_KambarataReports_InEnglish_AreOneStory() =>
        AssertOneStory(("steppe-herald", "?p=4801"), ("bishkek-observer", "/2026/11/03/kambarata-1-financing-agreement-signed"),
            ("tashkent-times", "/2026/11/03/uzbekistan-joins-kambarata-1-financing-pact"));

    [Fact]
    public void E1_KambarataReports_InRussian_AreOneStory() =>
        AssertOneStory(("novosti-stepi", "novosti-stepi-48213"), ("vecherniy-osh", "/2026/11/03/kambarata-soglashenie-bishkek"));

    [Fact]
    public void E1_KambarataReports_InRussianAndEnglish_AreOneStory() =>
        AssertOneStory(("steppe-herald", "?p=4801"), ("novosti-stepi", "novosti-stepi-48213"), ("vecherniy-osh", "/2026/11/03/kambarata-soglashenie-bishkek"));

    [Fact]
    public void E2_ZhanaozenReports_InRussianAndEnglish_AreOneStory() =>
        AssertOneStory(("steppe-herald", "?p=4877"), ("novosti-stepi", "novosti-stepi-48790"), ("central-asia-wire", "?p=20311"));

    [Fact]
    public void E3_OshEarthquakeReports_InRussianAndEnglish_AreOneStory() =>
        AssertOneStory(("bishkek-observer", "/2026/11/14/magnitude-5-8-earthquake-shakes-osh-region"), ("vecherniy-osh", "/2026/11/14/zemletryasenie-osh-kara-suu"));

    [Fact]
    public void E3_OshEarthquakeReports_InEnglish_AreOneStory() =>
        AssertOneStory(("bishkek-observer", "/2026/11/14/magnitude-5-8-earthquake-shakes-osh-region"),
            ("tashkent-times", "/2026/11/14/osh-earthquake-felt-in-andijan"), ("silk-road-review", "/2026/11/14/osh-earthquake-magnitude-5-8"));

    [Fact]
    public void E6_GasChemicalPlantReports_AreOneStory_AndTapiIsSeparate()
    {
        AssertOneStory(("ashgabat-monitor", "/2026/11/05/president-opens-gas-chemical-plant-near-ashgabat"), ("silk-road-review", "/2026/11/05/turkmenistan-gas-chemical-plant-tapi"));
        Assert.NotEqual(Find("ashgabat-monitor", "/2026/11/05/president-opens-gas-chemical-plant-near-ashgabat").StoryId, Find("ashgabat-monitor", "/2026/11/12/tapi-pipeline-herat-section").StoryId);
    }

    [Fact]
    public void E5_DushanbeVerdictReports_AreOneStory() =>
        AssertOneStory(("dushanbe-daily", "/2026/11/18/dushanbe-court-sentences-journalist-to-seven-years"), ("silk-road-review", "/2026/11/18/dushanbe-journalist-seven-years-extremism"));

    [Theory]
    [InlineData("steppe-herald", "?p=4921", "dushanbe-daily", "/2026/11/18/dushanbe-court-sentences-journalist-to-seven-years")]
    [InlineData("novosti-stepi", "novosti-stepi-49302", "silk-road-review", "/2026/11/18/dushanbe-journalist-seven-years-extremism")]
    [InlineData("novosti-stepi", "novosti-stepi-47402", "silk-road-review", "/2026/10/24/china-kyrgyzstan-uzbekistan-railway-tunnels")]
    [InlineData("novosti-stepi", "novosti-stepi-46291", "silk-road-review", "/2026/11/01/middle-corridor-baku-port-kazakh-oil")]
    [InlineData("silk-road-review", "/2026/11/20/torugart-crossing-winter-traders", "vecherniy-osh", "/2026/11/14/zemletryasenie-osh-kara-suu")]
    [InlineData("steppe-herald", "?p=4782", "dushanbe-daily", "/2026/11/10/tajikistan-measles-vaccination-drive")]
    public void DifferentEvents_AreDifferentStories(string outletA, string idA, string outletB, string idB) =>
        Assert.NotEqual(Find(outletA, idA).StoryId, Find(outletB, idB).StoryId);

    [Theory]
    [InlineData("steppe-herald", "?p=4801")]
    [InlineData("steppe-herald", "?p=4877")]
    [InlineData("bishkek-observer", "/2026/11/14/magnitude-5-8-earthquake-shakes-osh-region")]
    [InlineData("ashgabat-monitor", "/2026/11/05/president-opens-gas-chemical-plant-near-ashgabat")]
    public void WeeklyDigest_JoinsNoneOfTheStoriesItSummarises(string outlet, string id) =>
        Assert.NotEqual(Find(outlet, id).StoryId, Find("central-asia-wire", "?p=20352").StoryId);

    [Fact]
    public async Task Stories_RecordTheirFirstReportAndCount()
    {
        var e1 = Find("steppe-herald", "?p=4801");
        var story = await _run.Store.GetStoryAsync(e1.StoryId!.Value, CancellationToken.None);
        var members = _run.Articles.Where(x => x.Article.StoryId == story!.Id).Select(x => x.Article).ToList();
        Assert.Equal(members.Count, story!.ArticleCount);
        Assert.Equal(members.MinBy(a => a.PublishedAt)!.Id, story.FirstArticleId);
    }

    void AssertOneStory(params (string Outlet, string Id)[] reports)
    {
        var stories = reports.Select(r => Find(r.Outlet, r.Id).StoryId).Distinct().ToList();
        Assert.True(stories.Count == 1 && stories[0] is not null,
            $"{stories.Count} stories: {string.Join(", ", reports.Select(r => $"{r.Outlet} {r.Id} in {Find(r.Outlet, r.Id).StoryId}"))}");
    }
}
