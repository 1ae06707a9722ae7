using Caravan.Dedup;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Storage.Postgres;
using Caravan.TestSupport;

namespace Caravan.Ingest;

/// <summary>
/// Two worker processes (two stores, two linkers) on one PostgreSQL database: only the holder of the linker role
/// links, it links what the other stored too (so a copy stored by one worker finds its original stored by the
/// other), and when the holder goes away the other takes the role over with the links made so far.
/// </summary>
[SkipWithoutEnvironment(PostgresDatabase.Variable)]
public sealed class ArticleLinkerRoleTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    static readonly DateTimeOffset T0 = new(2026, 11, 10, 7, 15, 0, TimeSpan.Zero);
    const string Text = "Three new stations of the Almaty metro opened on Saturday, extending the line to the Kalkaman district. The city says the extension will carry forty thousand passengers a day and cut the trip to the centre to twenty minutes, and that the fare stays at 80 tenge.";

    [PostgresFact]
    public async Task OnlyTheRoleHolderLinks_EverythingAnyWorkerStored_AndTheRolePassesOnWhenItsHolderCloses()
    {
        await database.TruncateAsync();
        var storeA = new PostgresStore(database.ConnectionString);
        await using var storeB = new PostgresStore(database.ConnectionString);
        await storeA.MigrateAsync(default);
        var clock = new ManualTimeProvider(T0.AddDays(1));
        var linkerA = new ArticleLinker(storeA, clock);
        var linkerB = new ArticleLinker(storeB, clock);
        var wire = await AddSourceAsync(storeA, "wire");
        var daily = await AddSourceAsync(storeA, "daily");
        var herald = await AddSourceAsync(storeA, "herald");

        await linkerA.LinkPendingAsync(default); // worker A polls first and takes the role
        var original = await SaveAsync(storeB, wire, "wire-1", hours: 0);
        await linkerB.LinkAsync([original], default);
        Assert.Null((await storeB.GetArticleAsync(original, default))!.StoryId);
        await linkerA.LinkPendingAsync(default);
        Assert.NotNull((await storeB.GetArticleAsync(original, default))!.StoryId);

        var copy = await SaveAsync(storeB, daily, "daily-1", hours: 2);
        await linkerB.LinkAsync([copy], default);
        await linkerA.LinkPendingAsync(default);
        Assert.Equal(original, (await storeB.GetArticleAsync(copy, default))!.SyndicatedFromId);

        await storeA.DisposeAsync(); // worker A exits: its session, and the role with it, ends
        var later = await SaveAsync(storeB, herald, "herald-1", hours: 3);
        await linkerB.LinkAsync([later], default);
        var linked = (await storeB.GetArticleAsync(later, default))!;
        Assert.Equal(original, linked.SyndicatedFromId); // B warmed its index from the store when it took over
        Assert.Empty(await storeB.ListUnlinkedArticleIdsAsync(10, default));
    }

    static async Task<long> AddSourceAsync(ICaravanStore store, string slug) => (await store.AddSourceAsync(new Source
    {
        Name = slug, FeedUrl = new Uri($"https://{slug}.example/feed.xml"), SiteUrl = new Uri($"https://{slug}.example/"), Kind = SourceKind.Rss,
    }, default)).Source.Id;

    static async Task<long> SaveAsync(ICaravanStore store, long source, string key, double hours)
    {
        var saved = await store.SaveBatchAsync(new IngestBatch
        {
            SourceId = source, Attempt = new FetchAttempt { At = T0, Status = "fetched", DurationMs = 1, Bytes = 1 },
            Articles = [new ArticleDraft { Article = new Article
            {
                ItemKey = key, Title = "Almaty metro extension opens", Text = Text, PublishedAt = T0.AddHours(hours),
                Url = $"https://x.example/{key}", ContentHash = ContentHash.Of("Almaty metro extension opens", Text),
            } }],
        }, default);
        return saved.Drafts[0].ArticleId;
    }
}
