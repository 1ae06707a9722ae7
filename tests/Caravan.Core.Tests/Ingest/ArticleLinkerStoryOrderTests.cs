using Caravan.Dedup;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Storage.Sqlite;
using Caravan.Stories;
using Caravan.TestSupport;

namespace Caravan.Ingest;

/// <summary>
/// Story membership through the store does not depend on arrival order: a synthetic week stored and linked in
/// report order, and in shuffled batches (as concurrent sources deliver them), ends in the same stories,
/// compared as groups of item keys; store story ids are kept where a story only gained an earlier first report.
/// </summary>
public sealed class ArticleLinkerStoryOrderTests : IAsyncLifetime
{
    readonly string _dir = Directory.CreateTempSubdirectory("caravan-story-order-").FullName;
    readonly List<ICaravanStore> _stores = [];
    static readonly IReadOnlyList<SyntheticWeek.Report> Week = SyntheticWeek.Reports(seed: 7, events: 14, perEvent: 9);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores) await store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task LinkAsync_ShuffledBatches_GiveTheStoriesOfAnOrderedRun()
    {
        var expected = await RunAsync("ordered", Week, batch: 1);
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var shuffled = Week.ToArray();
            new Random(seed).Shuffle(shuffled);
            Assert.Equal(expected, await RunAsync($"shuffled-{seed}", shuffled, batch: 2 + seed * 4));
        }
    }

    [Fact]
    public async Task LinkAsync_ARestartedLinker_PlacesLateReportsAmongTheStoredOnes()
    {
        var expected = await RunAsync("ordered", Week, batch: 1);
        var late = Week.Where((_, i) => i % 4 == 0).ToList();
        var actual = await RunAsync("restarted", [.. Week.Except(late), .. late], batch: 10, restartAfter: Week.Count - late.Count);
        Assert.True(expected.SetEquals(actual), "only ordered: " + string.Join(" | ", expected.Except(actual)) + " only restarted: " + string.Join(" | ", actual.Except(expected)));
    }

    /// <summary>Stores and links the reports in the given order, a batch at a time; returns the stories as sorted groups of item keys.</summary>
    async Task<HashSet<string>> RunAsync(string name, IReadOnlyList<SyntheticWeek.Report> order, int batch, int restartAfter = -1)
    {
        var store = new SqliteStore(Path.Combine(_dir, name + ".db"));
        _stores.Add(store);
        await store.MigrateAsync(default);
        var sources = new Dictionary<string, long>();
        foreach (var source in Week.Select(r => r.Order.Source!).Distinct().Order())
            sources[source] = (await store.AddSourceAsync(new Source { Name = "outlet " + source, FeedUrl = new Uri($"https://outlet{source}.example/feed.xml") }, default)).Source.Id;
        var time = new ManualTimeProvider(Week[^1].Order.Published!.Value.AddDays(1));
        var linker = new ArticleLinker(store, time);
        var stored = 0;
        foreach (var chunk in order.Chunk(batch))
        {
            var ids = new List<long>();
            foreach (var r in chunk)
                ids.Add((await store.SaveBatchAsync(new IngestBatch
                {
                    SourceId = sources[r.Order.Source!], Attempt = new FetchAttempt { At = time.GetUtcNow(), Status = "fetched" },
                    Articles = [new ArticleDraft { Article = new Article { ItemKey = r.Order.ItemKey!, Title = null, Text = r.Doc.Text, PublishedAt = r.Doc.Published, ContentHash = ContentHash.Of(null, r.Doc.Text) } }],
                }, default)).Drafts[0].ArticleId);
            if (stored < restartAfter && stored + chunk.Length >= restartAfter) linker = new ArticleLinker(store, time);
            stored += chunk.Length;
            await linker.LinkAsync(ids, default);
        }
        var articles = await store.ListArticlesAsync(new ArticleQuery { IncludeDuplicates = true, Limit = ArticleQuery.MaxLimit }, default);
        Assert.Equal(Week.Count, articles.Count);
        foreach (var story in articles.GroupBy(a => a.StoryId))
        {
            var row = await store.GetStoryAsync(story.Key!.Value, default);
            Assert.Equal(story.Count(), row!.ArticleCount);
            Assert.Equal(story.MinBy(a => (a.PublishedAt, a.SourceId))!.Id, row.FirstArticleId);
        }
        return articles.GroupBy(a => a.StoryId).Select(g => string.Join(",", g.Select(a => a.ItemKey).Order(StringComparer.Ordinal))).ToHashSet();
    }
}
