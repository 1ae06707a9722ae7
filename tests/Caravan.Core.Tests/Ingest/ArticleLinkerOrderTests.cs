using Caravan.Dedup;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Storage.Sqlite;
using Caravan.TestSupport;

namespace Caravan.Ingest;

/// <summary>
/// Several workers ingest in any order: the same reports linked in publication order in one batch and
/// in reverse order one at a time end with the same duplicate, copy, version and story links.
/// </summary>
public sealed class ArticleLinkerOrderTests : IAsyncLifetime
{
    static readonly DateTimeOffset T0 = new(2026, 11, 10, 7, 15, 0, TimeSpan.Zero);
    const string Protest = "Several hundred protesters gathered on the central square of Zhanaozen on Tuesday morning after the price of liquefied gas at filling stations in the Mangystau region rose overnight from 90 to 120 tenge per litre. Most of the cars in the oil town run on liquefied petroleum gas, and drivers said the increase would push up taxi fares and the cost of food brought in from Aktau.";
    const string RateA = "The National Bank of Kazakhstan raised its base rate to 16.5 percent on Friday, citing inflation that reached 12.9 percent in October. Governor Timur Suleimenov said the bank would keep policy tight until price growth slows in the first quarter.";
    const string RateB = "Kazakhstan's National Bank lifted the base rate by a full point to 16.5 percent. Governor Timur Suleimenov told reporters in Almaty that October inflation of 12.9 percent left no choice and that policy would stay tight into the first quarter.";

    // (source index, item key, title, text, hours after T0)
    static readonly (int Source, string Key, string Title, string Text, double Hours)[] Reports =
    [
        (0, "herald-1", "Zhanaozen protest", Protest, 0),
        (2, "daily-1", "Zhanaozen protest", Protest, 1),
        (1, "wire-1", "Zhanaozen protest", Protest, 2),
        (0, "herald-2", "Zhanaozen protest", Protest.Replace("Several hundred", "Around 200") + " The crowd dispersed by six in the evening.", 5),
        (1, "wire-2", "Base rate raised to 16.5%", RateA, 30),
        (2, "daily-2", "National Bank lifts base rate", RateB, 31),
        // Two outlets publish the same body at the same instant: the lower source id is the original.
        (2, "daily-3", "Almaty metro extension opens", TiedText, 40),
        (1, "wire-3", "Almaty metro extension opens", TiedText, 40),
    ];
    const string TiedText = "Three new stations of the Almaty metro opened on Saturday, extending the line to the Kalkaman district. The city says the extension will carry forty thousand passengers a day and cut the trip to the centre to twenty minutes, and that the fare stays at 80 tenge.";

    readonly string _dir = Directory.CreateTempSubdirectory("caravan-order-").FullName;
    readonly List<ICaravanStore> _stores = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores) await store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task LinkAsync_ReverseOrderOneAtATime_GivesTheLinksOfAnOrderedRun()
    {
        var ordered = await RunAsync("ordered", Enumerable.Range(0, Reports.Length).ToList(), oneAtATime: false);
        var reversed = await RunAsync("reversed", Enumerable.Range(0, Reports.Length).Reverse().ToList(), oneAtATime: true);
        Assert.Equal(ordered, reversed);
        // The ordered run itself is right: the earliest report is the original of every copy.
        Assert.Equal("herald-1 - herald-1 -", ordered["herald-2"]);
        Assert.Equal("herald-1 - - herald-1", ordered["wire-1"]);
        Assert.Equal("herald-1 - - herald-1", ordered["daily-1"]);
        Assert.Equal("wire-2 - - -", ordered["daily-2"]);
        Assert.Equal("wire-3 - - wire-3", ordered["daily-3"]);
        Assert.Equal("wire-3 - - -", ordered["wire-3"]);
    }

    [Fact]
    public async Task LinkAsync_ShuffledOrders_AllGiveTheSameLinks()
    {
        var expected = await RunAsync("ordered", Enumerable.Range(0, Reports.Length).ToList(), oneAtATime: false);
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var order = Enumerable.Range(0, Reports.Length).ToList();
            new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(order));
            Assert.Equal(expected, await RunAsync($"shuffled-{seed}", order, oneAtATime: true));
        }
    }

    /// <summary>Ingests the reports in the given order and returns, per item key, "story's-first-report duplicate-of version-of syndicated-from" as item keys ("-" for none).</summary>
    async Task<Dictionary<string, string>> RunAsync(string name, IReadOnlyList<int> order, bool oneAtATime)
    {
        var store = new SqliteStore(Path.Combine(_dir, name + ".db"));
        _stores.Add(store);
        await store.MigrateAsync(default);
        var sources = new List<long>();
        foreach (var slug in new[] { "steppe-herald", "central-asia-wire", "almaty-daily" })
            sources.Add((await store.AddSourceAsync(new Source
            {
                Name = slug, FeedUrl = new Uri($"https://{slug}.example/feed.xml"), SiteUrl = new Uri($"https://{slug}.example/"), Kind = SourceKind.Rss,
            }, default)).Source.Id);
        var linker = new ArticleLinker(store, new ManualTimeProvider(T0.AddDays(2)));
        var ids = new List<long>();
        foreach (var i in order)
        {
            var (source, key, title, text, hours) = Reports[i];
            var saved = await store.SaveBatchAsync(new IngestBatch
            {
                SourceId = sources[source], Attempt = new FetchAttempt { At = T0, Status = "fetched", DurationMs = 1, Bytes = 1 },
                Articles = [new ArticleDraft { Article = new Article
                {
                    ItemKey = key, Title = title, Text = text, PublishedAt = T0.AddHours(hours), Url = $"https://x.example/{key}", ContentHash = ContentHash.Of(title, text),
                } }],
            }, default);
            ids.Add(saved.Drafts[0].ArticleId);
            if (oneAtATime) await linker.LinkAsync([ids[^1]], default);
        }
        if (!oneAtATime) await linker.LinkAsync(ids, default);

        var keyOf = new Dictionary<long, string>();
        var articles = new List<Article>();
        foreach (var id in ids)
        {
            var a = (await store.GetArticleAsync(id, default))!;
            keyOf[id] = a.ItemKey;
            articles.Add(a);
        }
        string K(long? id) => id is { } i ? keyOf[i] : "-";
        var result = new Dictionary<string, string>();
        foreach (var a in articles)
        {
            var story = await store.GetStoryAsync(a.StoryId!.Value, default);
            result[a.ItemKey] = $"{K(story!.FirstArticleId)} {K(a.DuplicateOfId)} {K(a.VersionOfId)} {K(a.SyndicatedFromId)}";
        }
        return result;
    }
}
