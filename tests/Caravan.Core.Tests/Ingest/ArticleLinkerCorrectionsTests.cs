using Caravan.Dedup;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Storage.Sqlite;
using Caravan.TestSupport;

namespace Caravan.Ingest;

/// <summary>Linking after an editor's merge or split: new reports follow the merge, a split report stays where the editor put it.</summary>
public sealed class ArticleLinkerCorrectionsTests : IAsyncLifetime
{
    static readonly DateTimeOffset T0 = new(2026, 11, 10, 7, 15, 0, TimeSpan.Zero);
    const string Protest = "Several hundred protesters gathered on the central square of Zhanaozen on Tuesday morning after the price of liquefied gas at filling stations in the Mangystau region rose overnight from 90 to 120 tenge per litre. Most of the cars in the oil town run on liquefied petroleum gas, and drivers said the increase would push up taxi fares.";
    const string Flood = "Spring floods cut the road between Osh and Jalal-Abad on Monday after the Kara-Darya river burst its banks near Uzgen; emergency workers evacuated two hundred families from low-lying villages and the ministry said repairs would take at least a week.";
    readonly string _dir = Directory.CreateTempSubdirectory("caravan-linker-corr-").FullName;
    readonly ManualTimeProvider _time = new(T0.AddHours(12));
    ICaravanStore _store = null!;
    long _herald, _wire, _daily;

    public async Task InitializeAsync()
    {
        _store = new SqliteStore(Path.Combine(_dir, "caravan.db"));
        await _store.MigrateAsync(default);
        _herald = await SourceAsync("steppe-herald", "Steppe Herald");
        _wire = await SourceAsync("central-asia-wire", "Central Asia Wire");
        _daily = await SourceAsync("osh-daily", "Osh Daily");
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    async Task<long> SourceAsync(string slug, string name) =>
        (await _store.AddSourceAsync(new Source { Name = name, FeedUrl = new Uri($"https://{slug}.example/feed.xml") }, default)).Source.Id;

    async Task<long> IngestAsync(long source, string key, string title, string text, double hours, string? attribution = null) =>
        (await _store.SaveBatchAsync(new IngestBatch
        {
            SourceId = source, Attempt = new FetchAttempt { At = T0, Status = "fetched" },
            Articles = [new ArticleDraft { Article = new Article { ItemKey = key, Title = title, Text = text, PublishedAt = T0.AddHours(hours), ContentHash = ContentHash.Of(title, text), OriginalOutlet = attribution } }],
        }, default)).Drafts[0].ArticleId;

    [Fact]
    public async Task AReportOfAMergedStory_LandsInTheStoryItWasMergedInto()
    {
        var linker = new ArticleLinker(_store, _time);
        var protest = await IngestAsync(_herald, "p1", "Zhanaozen protest", Protest, 0);
        var flood = await IngestAsync(_daily, "f1", "Osh floods", Flood, 1);
        await linker.LinkAsync([protest, flood], default);
        var protestStory = (await _store.GetArticleAsync(protest, default))!.StoryId!.Value;
        var floodStory = (await _store.GetArticleAsync(flood, default))!.StoryId!.Value;
        Assert.NotEqual(protestStory, floodStory);

        await _store.MergeStoriesAsync(protestStory, floodStory, default);
        var copy = await IngestAsync(_wire, "w1", "Zhanaozen protest", Protest, 2, attribution: "Steppe Herald");
        await linker.LinkAsync([copy], default);

        Assert.Equal(floodStory, (await _store.GetArticleAsync(copy, default))!.StoryId);
        Assert.Equal(3, (await _store.GetStoryAsync(floodStory, default))!.ArticleCount);
        Assert.Single(await _store.ListStoriesAsync(new StoryQuery(), default));
    }

    [Fact]
    public async Task ASplitReport_StaysInItsOwnStory_WhenLinkingRunsAgainAfterARestart()
    {
        var original = await IngestAsync(_herald, "p1", "Zhanaozen protest", Protest, 0);
        var copy = await IngestAsync(_wire, "w1", "Zhanaozen protest", Protest, 2, attribution: "Steppe Herald");
        await new ArticleLinker(_store, _time).LinkAsync([original, copy], default);
        var joint = (await _store.GetArticleAsync(original, default))!.StoryId!.Value;
        var own = (await _store.SplitArticleAsync(copy, default))!.Id;

        // A restarted linker warms from the store and links a later, earlier-dated report that takes over the copies.
        var earlier = await IngestAsync(_daily, "d1", "Zhanaozen protest", Protest, -1);
        await new ArticleLinker(_store, _time).LinkAsync([earlier], default);
        Assert.Equal(own, (await _store.GetArticleAsync(copy, default))!.StoryId);
        Assert.Equal(joint, (await _store.GetArticleAsync(original, default))!.StoryId);
    }
}
