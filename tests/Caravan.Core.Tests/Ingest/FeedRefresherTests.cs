using Caravan.Fetching;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Storage.Sqlite;
using Caravan.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Caravan.Ingest;

/// <summary>The whole refresh of one source against a real Kestrel origin and a real SQLite file.</summary>
public sealed class FeedRefresherTests : IAsyncLifetime
{
    readonly string _dir = Directory.CreateTempSubdirectory("caravan-refresh-").FullName;
    readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
    SqliteStore _store = null!;
    HttpFetcher _fetcher = null!;
    FeedRefresher _refresher = null!;
    TestOrigin _origin = null!;
    int _feedHits, _statusHits;
    string _feedStatus = "ok";

    static string Rss(string items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Outlet</title><link>https://outlet.example/</link>{items}</channel></rss>
        """;

    static string Item(string guid, string title, string body, string? link = null, string date = "Thu, 19 Nov 2026 09:00:00 +0500") =>
        $"<item><guid>{guid}</guid><title>{title}</title><link>{link ?? "https://outlet.example/" + guid}</link><pubDate>{date}</pubDate><description><![CDATA[{body}]]></description></item>";

    public async Task InitializeAsync()
    {
        _store = new SqliteStore(Path.Combine(_dir, "r.db"), _time);
        await _store.MigrateAsync(default);
        _fetcher = FetcherFactory.Create(time: _time);
        _refresher = new FeedRefresher(_store, _fetcher, new RefreshSchedule(new ScheduleOptions { JitterFraction = 0 }), _time, new IngestOptions());
        _origin = await TestOrigin.StartAsync(app =>
        {
            app.MapGet("/feed.xml", (HttpContext ctx) =>
            {
                Interlocked.Increment(ref _feedHits);
                if (ctx.Request.Headers.IfNoneMatch == "\"v1\"") return Results.StatusCode(304);
                ctx.Response.Headers.ETag = "\"v1\"";
                return Results.Text(Rss(
                    Item("a", "Astana opens a new bridge", "<p>ASTANA, Kazakhstan — The city opened a bridge over the Ishim river on Thursday.</p><p>Share this: Facebook Twitter</p>") +
                    Item("b", "Copied report", "<p>Farmers in Osh, Kyrgyzstan, harvested a record crop of apricots.</p><p>This post was originally published on <a href=\"https://osh.example/p\">Osh Daily</a>.</p>") +
                    Item("c", "Empty entry", "") +
                    Item("d", "Teaser", "<p>Bishkek plans a new metro line.</p><p><a href=\"/page/d\">Continue reading…</a></p>", link: "/page/d")), "application/rss+xml");
            });
            app.MapGet("/page/d", () => Results.Content("""
                <html><head><title>Bishkek plans a metro</title></head><body><nav>Home News Sport</nav>
                <article><h1>Bishkek plans a metro</h1><p>BISHKEK, Kyrgyzstan — The mayor's office presented plans for a first metro line on Thursday, linking the south of the city with the centre.</p>
                <p>Engineers said the line would run for eleven kilometres under Chui Avenue and carry up to 200,000 passengers a day once it opens.</p>
                <p>Financing is still under discussion with development banks, officials said, and construction could begin in three years.</p></article>
                <footer>© Bishkek Observer</footer></body></html>
                """, "text/html; charset=utf-8"));
            app.MapGet("/status", () => Interlocked.Increment(ref _statusHits) > 0 ? _feedStatus switch
            {
                "gone" => Results.StatusCode(410),
                "error" => Results.StatusCode(500),
                "html" => Results.Content("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\"></head><body>Hi</body></html>", "text/html"),
                _ => Results.Text(Rss(Item("z", "Z", "<p>Z body text here.</p>")), "application/rss+xml"),
            } : Results.StatusCode(500));
            app.MapGet("/old", () => Results.Redirect("/feed.xml", permanent: true));
        });
    }

    public async Task DisposeAsync()
    {
        await _origin.DisposeAsync();
        _fetcher.Dispose();
        await _store.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    async Task<Source> SourceAsync(string path) =>
        (await _store.AddSourceAsync(new Source { Name = "Outlet", FeedUrl = _origin.Url(path), CountryHint = "KZ", LanguageHint = "en" }, default)).Source;

    async Task<Article> ByGuidAsync(long sourceId, string guid) =>
        (await _store.ListArticlesAsync(new ArticleQuery { SourceId = sourceId, IncludeLinkOnly = true }, default)).Single(a => a.Guid == guid);

    async Task<RefreshReport> RefreshAsync(long sourceId) => await _refresher.RefreshAsync((await _store.GetSourceAsync(sourceId, default))!, default);

    [Fact]
    public async Task Refresh_StoresCleanedTaggedArticles_AndTheFetchState()
    {
        var source = await SourceAsync("/feed.xml");
        var report = await RefreshAsync(source.Id);

        Assert.Null(report.Error);
        Assert.Equal(("fetched", 4, 4), (report.Status, report.ItemsSeen, report.New));
        var a = (await ByGuidAsync(source.Id, "a"));
        Assert.Equal("ASTANA, Kazakhstan — The city opened a bridge over the Ishim river on Thursday.", a.Text);
        Assert.Equal("ASTANA, Kazakhstan", a.Dateline);
        Assert.Contains(await _store.ListTagsAsync(a.Id, default), t => t is { Kind: TagKind.Country, Value: "KZ" });
        var copy = (await ByGuidAsync(source.Id, "b"));
        Assert.Equal(("Osh Daily", "https://osh.example/p"), (copy.OriginalOutlet, copy.OriginalUrl));
        Assert.True((await ByGuidAsync(source.Id, "c")).LinkOnly);

        var s = (await _store.GetSourceAsync(source.Id, default))!;
        Assert.Equal(("\"v1\"", 0, (string?)null), (s.FetchState.ETag, s.FetchState.ConsecutiveFailures, s.FetchState.LastError));
        Assert.True(s.FetchState.NextCheckAt > _time.GetUtcNow());
        var attempt = Assert.Single(await _store.ListFetchAttemptsAsync(source.Id, 5, default));
        Assert.Equal(("fetched", 4, 4), (attempt.Status, attempt.ItemsSeen, attempt.ItemsNew));
    }

    [Fact]
    public async Task Refresh_WithAnEditorsInterval_SchedulesTheNextCheckThatFarAhead()
    {
        var source = await SourceAsync("/feed.xml");
        await _store.UpdateSourceAsync(source with { RefreshIntervalMinutes = 45 }, default);
        await RefreshAsync(source.Id);
        Assert.Equal(_time.GetUtcNow().AddMinutes(45), (await _store.GetSourceAsync(source.Id, default))!.FetchState.NextCheckAt);
    }

    [Fact]
    public async Task Refresh_TeaserItem_GetsTheFullTextOfItsPage()
    {
        var source = await SourceAsync("/feed.xml");
        await RefreshAsync(source.Id);
        var d = (await ByGuidAsync(source.Id, "d"));
        Assert.False(d.IsTeaser);
        Assert.Contains("eleven kilometres under Chui Avenue", d.Text);
        Assert.DoesNotContain("Continue reading", d.Text);
        Assert.DoesNotContain("Home News Sport", d.Text);
    }

    [Fact]
    public async Task Refresh_Again_IsAConditionalGetAnswered304()
    {
        var source = await SourceAsync("/feed.xml");
        await RefreshAsync(source.Id);
        var second = await RefreshAsync(source.Id);
        Assert.Equal(("not-modified", 0), (second.Status, second.New));
        Assert.Equal(2, _feedHits);
        Assert.Equal(4, (await _store.GetStatsAsync(default)).Articles);
    }

    [Fact]
    public async Task Refresh_Gone_DisablesTheSourceWithTheReason()
    {
        _feedStatus = "gone";
        var source = await SourceAsync("/status");
        var report = await RefreshAsync(source.Id);
        Assert.Contains("410", report.Error);
        var s = (await _store.GetSourceAsync(source.Id, default))!;
        Assert.False(s.Enabled);
        Assert.Contains("410 Gone", s.FetchState.DisabledReason);
    }

    [Fact]
    public async Task Refresh_ServerErrors_CountFailuresAndBackOff()
    {
        _feedStatus = "error";
        var source = await SourceAsync("/status");
        DateTimeOffset? previousWait = null;
        for (int i = 1; i <= 3; i++)
        {
            var report = await RefreshAsync(source.Id);
            Assert.NotNull(report.Error);
            var s = (await _store.GetSourceAsync(source.Id, default))!;
            Assert.Equal(i, s.FetchState.ConsecutiveFailures);
            var wait = s.FetchState.NextCheckAt!.Value - _time.GetUtcNow();
            if (previousWait is { } p) Assert.True(wait > p - _time.GetUtcNow(), "each failure waits longer");
            previousWait = s.FetchState.NextCheckAt;
        }
        _feedStatus = "ok";
        await RefreshAsync(source.Id);
        var healed = (await _store.GetSourceAsync(source.Id, default))!;
        Assert.Equal((0, (string?)null), (healed.FetchState.ConsecutiveFailures, healed.FetchState.LastError));
        Assert.Equal(4, (await _store.ListFetchAttemptsAsync(source.Id, 10, default)).Count);
    }

    [Fact]
    public async Task Refresh_HtmlPage_SaysWhichFeedsItAdvertises()
    {
        _feedStatus = "html";
        var source = await SourceAsync("/status");
        var report = await RefreshAsync(source.Id);
        Assert.Contains("HTML page", report.Error);
        Assert.Contains("/feed.xml", report.Error);
    }

    [Fact]
    public async Task Refresh_PermanentRedirect_MovesTheSourceOnlyOnceConfirmed()
    {
        var source = await SourceAsync("/old");
        await RefreshAsync(source.Id);
        Assert.EndsWith("/old", (await _store.GetSourceAsync(source.Id, default))!.FeedUrl.AbsolutePath);
        Assert.Equal(4, (await _store.GetStatsAsync(default)).Articles);
        await RefreshAsync(source.Id);
        Assert.Equal("/feed.xml", (await _store.GetSourceAsync(source.Id, default))!.FeedUrl.AbsolutePath);
    }

    [Fact]
    public async Task Runner_OneBrokenSource_DoesNotStopTheOthers()
    {
        var good = await SourceAsync("/feed.xml");
        var bad = (await _store.AddSourceAsync(new Source { Name = "Down", FeedUrl = new Uri("http://127.0.0.1:1/feed") }, default)).Source;
        var refused = (await _store.AddSourceAsync(new Source { Name = "Private", FeedUrl = new Uri("http://10.0.0.1/feed") }, default)).Source;
        var runner = new SourceRunner(_refresher, new IngestOptions());
        var reports = await runner.RefreshAllAsync([bad, refused, (await _store.GetSourceAsync(good.Id, default))!], null, default);
        Assert.NotNull(reports[0].Error);
        Assert.Contains("refused", reports[1].Error);
        Assert.Null(reports[2].Error);
        Assert.Equal(4, reports[2].New);
    }
}
