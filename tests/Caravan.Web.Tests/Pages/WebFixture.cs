using Caravan.Dedup;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;

namespace Caravan.Web.Pages;

/// <summary>The web app on a real Kestrel port over a small seeded SQLite store.</summary>
public sealed class WebFixture : IAsyncLifetime
{
    readonly string _dir = Directory.CreateTempSubdirectory("caravan-web-").FullName;
    WebApplication _app = null!;

    public ICaravanStore Store { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public long SourceId { get; private set; }
    public long UpdatedArticleId { get; private set; }
    public long CopyArticleId { get; private set; }
    /// <summary>A story of three Steppe Herald reports (k1..k3) and one from a second outlet, tagged Tajikistan.</summary>
    public long StoryId { get; private set; }
    public long SecondSourceId { get; private set; }
    public static readonly DateTimeOffset T0 = new(2026, 11, 10, 6, 0, 0, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        Store = new SqliteStore(Path.Combine(_dir, "web.db"));
        await Store.MigrateAsync(default);
        SourceId = (await Store.AddSourceAsync(new Source { Name = "Steppe <Herald>", FeedUrl = new Uri("https://steppe.example/feed.xml"), CountryHint = "KZ" }, default)).Source.Id;
        var drafts = new List<ArticleDraft>();
        for (int i = 0; i < 30; i++)
            drafts.Add(Draft($"k{i}", $"Kazakh story {i}", $"Paragraph one of story {i} about gas prices.\n\nParagraph two.", T0.AddHours(-i), "KZ"));
        drafts.Add(Draft("kg", "Kyrgyz <script>alert(1)</script> story", "Bishkek news about the earthquake.", T0, "KG"));
        drafts.Add(Draft("copy", "A republished story", "Copied text.", T0, "KZ") with
        {
            Article = Draft("copy", "A republished story", "Copied text.", T0, "KZ").Article with { OriginalOutlet = "Bishkek Observer", OriginalUrl = "https://bishkek.example/a" },
        });
        await Store.SaveBatchAsync(new IngestBatch { SourceId = SourceId, Attempt = new FetchAttempt { At = T0, Status = "fetched" }, Articles = drafts }, default);
        var update = await Store.SaveBatchAsync(new IngestBatch
        {
            SourceId = SourceId, Attempt = new FetchAttempt { At = T0, Status = "fetched" },
            Articles = [Draft("k0", "Kazakh story 0", "Around 200 protesters came.", T0, "KZ")],
        }, default);
        UpdatedArticleId = update.Drafts[0].ArticleId;
        CopyArticleId = (await Store.FindArticleAsync(SourceId, "copy", default))!.Id;

        var story = await Store.SaveStoryAsync(new Story { Title = "Gas prices rise", FirstSeenAt = T0.AddHours(-3), LastSeenAt = T0.AddHours(-1), ArticleCount = 4 }, default);
        StoryId = story.Id;
        SecondSourceId = (await Store.AddSourceAsync(new Source { Name = "Dushanbe Daily", FeedUrl = new Uri("https://dushanbe.example/rss"), SiteUrl = new Uri("https://dushanbe.example/") }, default)).Source.Id;
        await Store.SaveBatchAsync(new IngestBatch
        {
            SourceId = SecondSourceId, Attempt = new FetchAttempt { At = T0, Status = "fetched" },
            Articles = [Draft("d1", "Gas prices rise in Dushanbe too", "Tajik gas prices follow.", T0.AddHours(-2.5), "TJ") is var d
                ? d with { Tags = [.. d.Tags, new Tag { Kind = TagKind.Topic, Value = "energy", Why = "words: gas prices" }] } : null!],
        }, default);
        foreach (var (source, key) in new[] { (SourceId, "k1"), (SourceId, "k2"), (SourceId, "k3"), (SecondSourceId, "d1") })
        {
            var a = (await Store.FindArticleAsync(source, key, default))!;
            await Store.SetArticleLinksAsync(a.Id, new ArticleLinks(null, null, StoryId, null), default);
        }

        _app = WebApp.Create(new WebOptions { Url = "http://127.0.0.1:0" }, Store);
        await _app.StartAsync();
        Http = new HttpClient { BaseAddress = new Uri(_app.BoundUrl()) };
    }

    static ArticleDraft Draft(string key, string title, string text, DateTimeOffset published, string country) => new()
    {
        Article = new Article
        {
            ItemKey = key, Title = title, Text = text, PublishedAt = published, Url = $"https://steppe.example/{key}",
            ContentHash = ContentHash.Of(title, text), Byline = "Dana Sarsenova", Dateline = "ALMATY, Kazakhstan",
            ImageUrl = "https://steppe.example/img.jpg", ImageCredit = "president.kg", Language = "en",
        },
        Tags = [new Tag { Kind = TagKind.Country, Value = country, Score = 1, Why = "dateline: ALMATY" }],
    };

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Store.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }
}
