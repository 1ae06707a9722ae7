using Caravan.Model;

namespace Caravan.Storage.Sqlite;

/// <summary>The ranked-matches cap on SQLite, lowered to three so a handful of articles reach it.</summary>
public sealed class SqliteSearchTests : IAsyncLifetime
{
    readonly string _dir = Directory.CreateTempSubdirectory("caravan-search-").FullName;
    SqliteStore _store = null!;
    long _source;
    static readonly DateTimeOffset T0 = new(2026, 11, 3, 9, 30, 0, TimeSpan.Zero);
    static readonly CancellationToken Ct = CancellationToken.None;

    public async Task InitializeAsync()
    {
        _store = new SqliteStore(System.IO.Path.Combine(_dir, "caravan.db")) { RankedMatches = 3 };
        await _store.MigrateAsync(Ct);
        _source = (await _store.AddSourceAsync(new Source { Name = "S", FeedUrl = new Uri("https://s.example/feed.xml"), Kind = SourceKind.Rss }, Ct)).Source.Id;
        // Arrival order: "late" arrives first but carries the newest date (a report fetched, then re-dated by its outlet).
        await Ingest(("late", "Weather", "Storm warning for the north.", T0.AddDays(10)));
        await Ingest(("title", "Storm hits the coast", "Roofs were lost.", T0));
        for (int i = 0; i < 4; i++) await Ingest(($"b{i}", "Weather", $"A storm was mentioned, note {i}.", T0.AddDays(1 + i)));
    }

    async Task Ingest((string Key, string Title, string Text, DateTimeOffset Published) a) =>
        await _store.SaveBatchAsync(new IngestBatch
        {
            SourceId = _source,
            Attempt = new FetchAttempt { At = T0, Status = "fetched", DurationMs = 1, Bytes = 1 },
            Articles = [new ArticleDraft { Article = new Article { ItemKey = a.Key, Title = a.Title, Text = a.Text, PublishedAt = a.Published, ContentHash = a.Key } }],
        }, Ct);

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task NewestFirst_PastTheCap_StillFindsAnEarlierArrivalWithANewerDate()
    {
        var hits = await _store.SearchAsync(new SearchQuery { Text = "storm", Order = SearchOrder.Newest, Limit = 3 }, Ct);
        Assert.Equal(["late", "b3", "b2"], hits.Select(h => h.Article.ItemKey));
    }

    [Fact]
    public async Task NewestFirst_PastTheCap_LateArrivalsObeyTheFilters()
    {
        var hits = await _store.SearchAsync(new SearchQuery { Text = "storm", Order = SearchOrder.Newest, Limit = 3, Until = T0.AddDays(9) }, Ct);
        Assert.Equal(["b3", "b2", "b1"], hits.Select(h => h.Article.ItemKey));
    }

    [Fact]
    public async Task Relevance_RanksOnlyTheNewestArrivals_AsDocumented()
    {
        var hits = await _store.SearchAsync(new SearchQuery { Text = "storm" }, Ct);
        Assert.Equal(["b1", "b2", "b3"], hits.Select(h => h.Article.ItemKey).Order());
        Assert.DoesNotContain(hits, h => h.Article.ItemKey == "title");
    }

    [Fact]
    public async Task NewestFirst_AfterABackFill_ReadsTheEarlierMatchesInsteadOfProbingEach()
    {
        // An archive imported newest first: every later arrival is older, so past the cap (three) the whole
        // earlier range is newer than the page; more than LateWalk (200) rows, so the FTS5 range is read.
        var drafts = Enumerable.Range(0, 230).Select(i => new ArticleDraft
        {
            Article = new Article { ItemKey = $"f{i}", Title = "Weather", Text = i % 2 == 0 ? $"Flood report {i}." : $"Dry day {i}.", PublishedAt = T0.AddDays(-i), ContentHash = $"f{i}" },
        }).ToList();
        await _store.SaveBatchAsync(new IngestBatch { SourceId = _source, Attempt = new FetchAttempt { At = T0, Status = "fetched" }, Articles = drafts }, Ct);
        var hits = await _store.SearchAsync(new SearchQuery { Text = "flood", Order = SearchOrder.Newest, Limit = 4 }, Ct);
        Assert.Equal(["f0", "f2", "f4", "f6"], hits.Select(h => h.Article.ItemKey));
        var filtered = await _store.SearchAsync(new SearchQuery { Text = "flood", Order = SearchOrder.Newest, Limit = 2, Until = T0.AddDays(-9) }, Ct);
        Assert.Equal(["f10", "f12"], filtered.Select(h => h.Article.ItemKey));
    }
}
