using Caravan.Dedup;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Storage.Sqlite;
using Caravan.TestSupport;

namespace Caravan.Ingest;

/// <summary>The ingest's linking step against a real SQLite file: links and stories stored, and a restarted linker warmed from the store.</summary>
public sealed class ArticleLinkerTests : IAsyncLifetime
{
    static readonly DateTimeOffset T0 = new(2026, 11, 10, 7, 15, 0, TimeSpan.Zero);
    const string Body = "Several hundred protesters gathered on the central square of Zhanaozen on Tuesday morning after the price of liquefied gas at filling stations in the Mangystau region rose overnight from 90 to 120 tenge per litre. Most of the cars in the oil town run on liquefied petroleum gas, and drivers said the increase would push up taxi fares.";
    readonly string _dir = Directory.CreateTempSubdirectory("caravan-linker-").FullName;
    readonly ManualTimeProvider _time = new(T0.AddHours(12));
    ICaravanStore _store = null!;
    long _herald, _wire;

    public async Task InitializeAsync()
    {
        _store = new SqliteStore(Path.Combine(_dir, "caravan.db"));
        await _store.MigrateAsync(default);
        _herald = (await _store.AddSourceAsync(Source("steppe-herald", "Steppe Herald"), default)).Source.Id;
        _wire = (await _store.AddSourceAsync(Source("central-asia-wire", "Central Asia Wire"), default)).Source.Id;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    static Source Source(string slug, string name) => new()
    {
        Name = name, FeedUrl = new Uri($"https://{slug}.example/feed.xml"), SiteUrl = new Uri($"https://{slug}.example/"), Kind = SourceKind.Rss,
    };

    async Task<long> IngestAsync(long source, string key, string text, double hours, string? attribution = null, string title = "Zhanaozen protest")
    {
        var article = new Article
        {
            ItemKey = key, Title = title, Text = text, PublishedAt = T0.AddHours(hours), Url = $"https://x.example/{key}",
            ContentHash = ContentHash.Of(title, text), OriginalOutlet = attribution,
        };
        var outcome = await _store.SaveBatchAsync(new IngestBatch
        {
            SourceId = source, Attempt = new FetchAttempt { At = T0, Status = "fetched", DurationMs = 1, Bytes = 1 },
            Articles = [new ArticleDraft { Article = article }],
        }, default);
        return outcome.Drafts[0].ArticleId;
    }

    [Fact]
    public async Task LinkAsync_StoresCopyLinksAndOneStory()
    {
        var linker = new ArticleLinker(_store, _time);
        var original = await IngestAsync(_herald, "p4877", Body, 0);
        var copy = await IngestAsync(_wire, "p20311", Body, 2, attribution: "Steppe Herald");
        await linker.LinkAsync([original, copy], default);
        var stored = await _store.GetArticleAsync(copy, default);
        Assert.Equal(original, stored!.SyndicatedFromId);
        var story = await _store.GetStoryAsync(stored.StoryId!.Value, default);
        Assert.Equal((original, 2), (story!.FirstArticleId, story.ArticleCount));
        Assert.Equal(1, (await _store.GetStatsAsync(default)).Stories);
    }

    [Fact]
    public async Task LinkAsync_AfterARestart_LinksToArticlesOfThePreviousRun()
    {
        var original = await IngestAsync(_herald, "p4877", Body, 0);
        await new ArticleLinker(_store, _time).LinkAsync([original], default);

        var restarted = new ArticleLinker(_store, _time);
        var version = await IngestAsync(_herald, "p4877-updated", Body.Replace("Several hundred", "Around 200") + " The crowd dispersed by 6 p.m.", 5);
        await restarted.LinkAsync([version], default);
        var stored = await _store.GetArticleAsync(version, default);
        Assert.Equal(original, stored!.VersionOfId);
        Assert.Equal((await _store.GetArticleAsync(original, default))!.StoryId, stored.StoryId);
        Assert.Equal(["p4877-updated"], (await _store.ListArticlesAsync(new ArticleQuery(), default)).Select(a => a.ItemKey));
    }

    const string OtherReport = "Oil workers and drivers in Zhanaozen protested on Tuesday against the overnight rise of the liquefied gas price in the Mangystau region from 90 to 120 tenge, saying taxi fares and food prices would follow.";
    const string Metro = "Three new stations of the Almaty metro opened on Saturday, extending the line to the Kalkaman district; the city expects forty thousand passengers a day.";

    [Fact]
    public async Task LinkAsync_ChangedBodyAboutAnotherEvent_MovesToItsOwnStory_AndTheOldStoryIsRecounted()
    {
        var linker = new ArticleLinker(_store, _time);
        var first = await IngestAsync(_herald, "p1", Body, 0);
        var second = await IngestAsync(_wire, "p2", OtherReport, 1, title: "Gas price protest in Zhanaozen");
        await linker.LinkAsync([first, second], default);
        var story = (await _store.GetArticleAsync(first, default))!.StoryId;
        Assert.Equal(story, (await _store.GetArticleAsync(second, default))!.StoryId);

        // The outlet replaces a wrongly published body: same key, another event.
        Assert.Equal(first, await IngestAsync(_herald, "p1", Metro, 0, title: "Almaty metro extension opens"));
        await linker.LinkAsync([first], default);
        var moved = (await _store.GetArticleAsync(first, default))!;
        Assert.NotEqual(story, moved.StoryId);
        var old = (await _store.GetStoryAsync(story!.Value, default))!;
        Assert.Equal((1, second), (old.ArticleCount, old.FirstArticleId));
        Assert.Equal(1, (await _store.GetStoryAsync(moved.StoryId!.Value, default))!.ArticleCount);
    }

    [Fact]
    public async Task LinkAsync_ChangedBodyOfTheSameEvent_StaysInItsStory()
    {
        var linker = new ArticleLinker(_store, _time);
        var first = await IngestAsync(_herald, "p1", Body, 0);
        var second = await IngestAsync(_wire, "p2", OtherReport, 1, title: "Gas price protest in Zhanaozen");
        await linker.LinkAsync([first, second], default);
        var story = (await _store.GetArticleAsync(first, default))!.StoryId;
        await IngestAsync(_herald, "p1", Body.Replace("Several hundred", "Around 200"), 0);
        await linker.LinkAsync([first], default);
        Assert.Equal(story, (await _store.GetArticleAsync(first, default))!.StoryId);
        Assert.Equal(2, (await _store.GetStoryAsync(story!.Value, default))!.ArticleCount);
    }
}
