using Caravan.Dedup;
using Caravan.Model;
using Caravan.Storage.Postgres;
using Caravan.Storage.Sqlite;

namespace Caravan.Storage;

/// <summary>A whole-store copy keeps editors' corrections: tag corrections, merged stories, split (pinned) articles, refresh intervals.</summary>
public sealed class StoreCopyCorrectionsTests(PostgresDatabase pg) : IClassFixture<PostgresDatabase>, IDisposable
{
    readonly string _dir = Directory.CreateTempSubdirectory("caravan-copy-").FullName;
    static readonly DateTimeOffset T0 = new(2026, 11, 3, 9, 30, 0, TimeSpan.Zero);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    static async Task<(long Article, long Merged, long Into)> CorrectedStoreAsync(ICaravanStore store)
    {
        await store.MigrateAsync(default);
        var src = (await store.AddSourceAsync(new Source { Name = "Outlet", FeedUrl = new Uri("https://outlet.example/rss"), RefreshIntervalMinutes = 45 }, default)).Source.Id;
        var drafts = new[] { "a", "b", "c" }.Select(k => new ArticleDraft
        {
            Article = new Article { ItemKey = k, Title = k, Text = k, PublishedAt = T0, ContentHash = ContentHash.Of(k, k) },
            Tags = [new Tag { Kind = TagKind.Country, Value = "KZ" }],
        }).ToArray();
        var ids = (await store.SaveBatchAsync(new IngestBatch { SourceId = src, Attempt = new FetchAttempt { At = T0, Status = "fetched" }, Articles = drafts }, default))
            .Drafts.Select(d => d.ArticleId).ToArray();
        var s1 = await store.SaveStoryAsync(new Story { Title = "one", FirstSeenAt = T0, LastSeenAt = T0, ArticleCount = 2 }, default);
        var s2 = await store.SaveStoryAsync(new Story { Title = "two", FirstSeenAt = T0, LastSeenAt = T0, ArticleCount = 1 }, default);
        await store.SetArticleLinksAsync(ids[0], new ArticleLinks(null, null, s1.Id, null), default);
        await store.SetArticleLinksAsync(ids[1], new ArticleLinks(null, null, s1.Id, null), default);
        await store.SetArticleLinksAsync(ids[2], new ArticleLinks(null, null, s2.Id, null), default);
        await store.CorrectTagAsync(new TagCorrection { ArticleId = ids[0], Kind = TagKind.Country, Value = "KZ", Action = TagCorrectionAction.Remove, Editor = "dana", At = T0 }, default);
        await store.CorrectTagAsync(new TagCorrection { ArticleId = ids[0], Kind = TagKind.Country, Value = "KG", Action = TagCorrectionAction.Add, Editor = "dana", At = T0 }, default);
        await store.SplitArticleAsync(ids[1], default);
        await store.MergeStoriesAsync(s2.Id, s1.Id, default);
        return (ids[0], s2.Id, s1.Id);
    }

    static async Task AssertCorrectionsKeptAsync(ICaravanStore copy, (long Article, long Merged, long Into) ids)
    {
        Assert.Equal(2, (await copy.ListTagCorrectionsAsync(ids.Article, default)).Count);
        Assert.Equal(["KG"], (await copy.ListTagsAsync(ids.Article, default)).Select(t => t.Value));
        Assert.Equal(ids.Into, (await copy.GetStoryAsync(ids.Merged, default))!.Id);
        Assert.Equal(2, (await copy.ListStoriesAsync(new StoryQuery(), default)).Count);
        Assert.Equal(45, (await copy.ListSourcesAsync(default)).Single().RefreshIntervalMinutes);
        // The split article stays pinned in the copy: linking cannot move it.
        var split = (await copy.ListArticlesAsync(new ArticleQuery(), default)).Single(a => a.Title == "b");
        await copy.SetArticleLinksAsync(split.Id, new ArticleLinks(null, null, ids.Into, null), default);
        Assert.NotEqual(ids.Into, (await copy.GetArticleAsync(split.Id, default))!.StoryId);
    }

    [Fact]
    public async Task Copy_SqliteToSqlite_KeepsCorrections()
    {
        await using var from = new SqliteStore(Path.Combine(_dir, "a.db"));
        var ids = await CorrectedStoreAsync(from);
        await using var to = new SqliteStore(Path.Combine(_dir, "b.db"));
        await StoreCopy.CopyAsync(from, to, default);
        await AssertCorrectionsKeptAsync(to, ids);
    }

    [PostgresFact]
    public async Task Copy_SqliteToPostgresAndBack_KeepsCorrections()
    {
        await using var from = new SqliteStore(Path.Combine(_dir, "a.db"));
        var ids = await CorrectedStoreAsync(from);
        await using var middle = new PostgresStore(pg.ConnectionString);
        await middle.MigrateAsync(default);
        await pg.TruncateAsync();
        await StoreCopy.CopyAsync(from, middle, default);
        await AssertCorrectionsKeptAsync(middle, ids);
        await using var back = new SqliteStore(Path.Combine(_dir, "c.db"));
        await StoreCopy.CopyAsync(middle, back, default);
        await AssertCorrectionsKeptAsync(back, ids);
    }
}
