using Caravan.Model;
using Caravan.Storage;

namespace Caravan.Cli.Demo;

/// <summary>One test per case of the sample archive (samples/README.md), asserting how Caravan handles it.</summary>
public sealed class SampleArchiveCaseTests(SampleArchiveFixture archive) : IClassFixture<SampleArchiveFixture>
{
    static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public void EveryFeedOfBothEditions_IsFetchedWithoutFailure()
    {
        Assert.Equal(10, archive.FirstPass.Count);
        Assert.All(archive.FirstPass.Concat(archive.SecondPass), r => Assert.Null(r.Error));
    }

    [Fact]
    public async Task Archive_Has166DistinctItems_AcrossAllFormats()
    {
        var stats = await archive.Store.GetStatsAsync(Ct);
        Assert.Equal(10, stats.Sources);
        Assert.Equal(166, stats.Articles);
        var expected = new Dictionary<string, int>
        {
            ["steppe-herald"] = 24, ["central-asia-wire"] = 20, ["bishkek-observer"] = 16, ["dushanbe-daily"] = 16, ["tashkent-times"] = 16,
            ["ashgabat-monitor"] = 14, ["novosti-stepi"] = 20, ["vecherniy-osh"] = 14, ["qazaq-uni"] = 8, ["silk-road-review"] = 18,
        };
        foreach (var (outlet, n) in expected)
            Assert.Equal(n, (await archive.Store.ListArticlesAsync(new ArticleQuery { SourceId = archive.Sources[outlet].Id, Limit = 500, IncludeLinkOnly = true }, Ct)).Count);
    }

    [Fact]
    public async Task Aggregator_OriginallyPublishedLine_BecomesAttributionAndLeavesTheBody()
    {
        var copy = await archive.ArticleAsync("central-asia-wire", "?p=20311");
        Assert.Equal("Steppe Herald", copy.OriginalOutlet);
        Assert.DoesNotContain("originally published", copy.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Share this", copy.Text);
    }

    [Fact]
    public async Task Aggregator_AppearedFirstLine_BecomesAttributionAndLeavesTheBody()
    {
        var copy = await archive.ArticleAsync("central-asia-wire", "?p=20288");
        Assert.Equal("Steppe Herald", copy.OriginalOutlet);
        Assert.EndsWith("kazakhstan-signs-kambarata-1-financing-deal-in-bishkek", copy.OriginalUrl);
        Assert.DoesNotContain("appeared first on", copy.Text);
    }

    [Fact]
    public async Task UpdatedStory_IsOneArticleWithTwoVersionsAndTheWordDiff()
    {
        var a = await archive.ArticleAsync("steppe-herald", "?p=4877");
        Assert.Equal(2, a.Version);
        Assert.Contains("Around 200 protesters", a.Text);
        var versions = await archive.Store.ListVersionsAsync(a.Id, Ct);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Contains("Several hundred protesters", versions[0].Text);
        Assert.Contains("[-Several hundred-] {+Around 200+} protesters", versions[1].Diff);
        Assert.Equal(1, (await archive.Store.GetStatsAsync(Ct)).Versions);
    }

    [Fact]
    public async Task SecondEdition_AddsItsNewItems_AndLeavesUnchangedOnesAlone()
    {
        var second = archive.SecondPass.Single(r => r.SourceName == "Steppe Herald");
        Assert.Equal((2, 1, 21), (second.New, second.Updated, second.Unchanged));
        Assert.All(archive.SecondPass.Where(r => r.SourceName != "Steppe Herald"), r => Assert.Equal("not-modified", r.Status));
    }

    [Fact]
    public async Task EmptyItem_IsKeptAsALinkOnly_AndNotListed()
    {
        var empty = await archive.ArticleAsync("central-asia-wire", "?p=20326");
        Assert.True(empty.LinkOnly);
        Assert.Equal("", empty.Text);
        var listed = await archive.Store.ListArticlesAsync(new ArticleQuery { SourceId = archive.Sources["central-asia-wire"].Id, Limit = 500 }, Ct);
        Assert.DoesNotContain(listed, a => a.Id == empty.Id);
    }

    [Fact]
    public async Task EntryListedTwiceInOneFeed_IsOneArticle() =>
        Assert.Equal("Dushanbe Daily", (await archive.ArticleAsync("central-asia-wire", "?p=20371")).OriginalOutlet);

    [Fact]
    public async Task DoubledCaption_AppearsOnceAndItsCreditIsData()
    {
        var a = await archive.ArticleAsync("steppe-herald", "?p=4801");
        Assert.Equal("president.kg", a.ImageCredit);
        const string caption = "The energy ministers of the three countries after the signing in Bishkek.";
        Assert.True(Count(a.Text, caption) <= 1, a.Text);
    }

    [Fact]
    public async Task DoubledPullQuote_AppearsOnce()
    {
        var a = await archive.ArticleAsync("steppe-herald", "?p=4795");
        Assert.Equal(1, Count(a.Text, "Reform is not a campaign, it is a habit"));
    }

    [Theory]
    [InlineData("?p=4921", "ALMATY, Kazakhstan")]
    [InlineData("?p=4760", "AKTAU, Kazakhstan (Steppe Herald)")]
    [InlineData("?p=4801", "BISHKEK, Kyrgyzstan (Steppe Herald)")]
    public async Task Dateline_IsRecognised(string guid, string dateline) =>
        Assert.Equal(dateline, (await archive.ArticleAsync("steppe-herald", guid)).Dateline);

    [Theory]
    [InlineData("?p=4742", "iStock")]
    [InlineData("?p=4795", "Wikidata")]
    [InlineData("?p=4877", "Steppe Herald / Aidos Zhumabek")]
    public async Task ImageCredit_IsRecognised(string guid, string credit) =>
        Assert.Equal(credit, (await archive.ArticleAsync("steppe-herald", guid)).ImageCredit);

    [Fact]
    public async Task SummaryOnlyFeed_GetsTheFullArticleFromItsPage()
    {
        var a = await archive.ArticleAsync("bishkek-observer", "/2026/11/14/magnitude-5-8-earthquake-shakes-osh-region");
        Assert.False(a.IsTeaser);
        Assert.True(a.Text.Split("\n\n").Length >= 4, a.Text);
        Assert.DoesNotContain("Continue reading", a.Text);
        Assert.DoesNotContain("cookies", a.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Windows1251Feed_IsReadAsRussian()
    {
        var articles = await archive.Store.ListArticlesAsync(new ArticleQuery { SourceId = archive.Sources["novosti-stepi"].Id, Limit = 100 }, Ct);
        Assert.Equal(20, articles.Count);
        Assert.All(articles, a => Assert.Equal("ru", a.Language));
        Assert.Contains(articles, a => a.Text.Contains("Токаев"));
    }

    [Fact]
    public async Task MalformedFeedWithHtmlEntitiesAndBareAmpersand_IsReadWhole()
    {
        var articles = await archive.Store.ListArticlesAsync(new ArticleQuery { SourceId = archive.Sources["vecherniy-osh"].Id, Limit = 100 }, Ct);
        Assert.Equal(14, articles.Count);
        Assert.Contains(articles, a => a.Title!.Contains("Ош & Фергана"));
        Assert.DoesNotContain(articles, a => a.Text.Contains("&nbsp;") || a.Text.Contains("&laquo;"));
    }

    [Fact]
    public async Task KazakhItems_AreTaggedKazakh()
    {
        var articles = await archive.Store.ListArticlesAsync(new ArticleQuery { SourceId = archive.Sources["qazaq-uni"].Id, Limit = 100 }, Ct);
        Assert.Equal(8, articles.Count);
        Assert.All(articles, a => Assert.Equal("kk", a.Language));
    }

    [Fact]
    public async Task NearDuplicateReportsOfOneEvent_AreAllStoredAndFiledUnderTheirCountry()
    {
        var hits = await archive.Store.SearchAsync(new SearchQuery { Text = "Kambarata", Limit = 50 }, Ct);
        var outlets = hits.Select(h => h.Article.SourceId).Distinct().Count();
        Assert.True(outlets >= 4, $"{outlets} outlets");
        foreach (var h in hits.Where(h => h.Article.Title!.Contains("Kambarata")))
            Assert.Contains(await archive.Store.ListTagsAsync(h.Article.Id, Ct), t => t.Kind == TagKind.Country && t.Value == "KG");
    }

    [Fact]
    public async Task XinjiangStoryAboutAnEthnicKazakh_IsFiledUnderChinaFirst()
    {
        var hits = await archive.Store.SearchAsync(new SearchQuery { Text = "Xinjiang", Limit = 50 }, Ct);
        var story = hits.First(h => h.Article.SourceId == archive.Sources["silk-road-review"].Id);
        Assert.Equal("CN", (await archive.Store.ListTagsAsync(story.Article.Id, Ct)).First(t => t.Kind == TagKind.Country).Value);
    }

    static int Count(string text, string part)
    {
        int n = 0, i = 0;
        while ((i = text.IndexOf(part, i, StringComparison.Ordinal)) >= 0) { n++; i += part.Length; }
        return n;
    }
}
