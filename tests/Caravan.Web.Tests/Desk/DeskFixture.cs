using System.Net;
using System.Text.RegularExpressions;
using Caravan.Fetching;
using Caravan.Ingest;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Caravan.Web.Desk;

/// <summary>
/// The desk with real ingest: an outlet on its own Kestrel port (a site page advertising one feed, another
/// advertising two), the web app with discovery and the refresher over a fresh SQLite store, and one editor.
/// </summary>
public sealed class DeskFixture : IAsyncLifetime
{
    readonly string _dir = Directory.CreateTempSubdirectory("caravan-desk-ingest-").FullName;
    WebApplication _origin = null!;
    WebApplication _app = null!;
    HttpFetcher _fetcher = null!;
    public const string Editor = "dana", Password = "a long passphrase";

    public ICaravanStore Store { get; private set; } = null!;
    public Uri OriginUrl { get; private set; } = null!;
    public Uri AppUrl { get; private set; } = null!;

    public static string Rss(string title, params (string Guid, string Title, string Body)[] items) =>
        $"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title><link>https://outlet.example/</link>""" +
        string.Concat(items.Select(i => $"<item><guid>{i.Guid}</guid><title>{i.Title}</title><link>https://outlet.example/{i.Guid}</link>" +
            $"<pubDate>Thu, 19 Nov 2026 09:00:00 +0500</pubDate><description><![CDATA[<p>{i.Body}</p>]]></description></item>")) + "</channel></rss>";

    static string Site(params string[] feeds) => "<!DOCTYPE html><html><head><title>Steppe Herald</title>" +
        string.Concat(feeds.Select(f => $"<link rel=\"alternate\" type=\"application/rss+xml\" href=\"{f}\">")) + "</head><body><h1>Steppe Herald</h1></body></html>";

    public async Task InitializeAsync()
    {
        var origin = WebApplication.CreateSlimBuilder();
        origin.WebHost.UseUrls("http://127.0.0.1:0");
        origin.Logging.ClearProviders();
        _origin = origin.Build();
        _origin.MapGet("/", () => Results.Content(Site("/feed.xml"), "text/html; charset=utf-8"));
        _origin.MapGet("/two-feeds", () => Results.Content(Site("/feed.xml", "/world.xml"), "text/html; charset=utf-8"));
        _origin.MapGet("/feed.xml", () => Results.Text(Rss("Steppe Herald",
            ("a1", "Almaty opens a new metro station", "ALMATY, Kazakhstan — The city opened its twelfth metro station on Thursday, linking the western districts with the centre."),
            ("a2", "Astana hosts a regional summit", "ASTANA, Kazakhstan — Leaders of five Central Asian states met in the capital on Thursday to discuss water and trade.")), "application/rss+xml"));
        _origin.MapGet("/world.xml", () => Results.Text(Rss("Steppe Herald: world", ("w1", "World news", "Tashkent, Uzbekistan — Cotton harvest ends early this year across the valley.")), "application/rss+xml"));
        await _origin.StartAsync();
        OriginUrl = new Uri(_origin.Urls.First() + "/");

        Store = new SqliteStore(Path.Combine(_dir, "desk.db"));
        await Store.MigrateAsync(default);
        await Store.SaveUserAsync(new EditorUser { Name = Editor, PasswordHash = PasswordHasher.Hash(Password, iterations: 1000), CreatedAt = DateTimeOffset.UtcNow }, default);
        _fetcher = new HttpFetcher(new FetchOptions { AllowedHosts = "127.0.0.1", MinDelayBetweenRequestsToHostMs = 0, TimeoutSeconds = 5, ConnectTimeoutSeconds = 2 }, TimeProvider.System);
        var refresher = new FeedRefresher(Store, _fetcher, new RefreshSchedule(new ScheduleOptions()), TimeProvider.System,
            new IngestOptions { FetchFullTextForTeasers = false }, linker: new ArticleLinker(Store, TimeProvider.System));
        _app = WebApp.Create(new WebOptions { Url = "http://127.0.0.1:0", LoginAttemptsPerMinute = 100, ApiRequestsPerMinute = 10_000 }, Store,
            ingest: new DeskIngest(new FeedDiscovery(_fetcher), refresher));
        await _app.StartAsync();
        AppUrl = new Uri(_app.BoundUrl());
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _origin.StopAsync();
        await _origin.DisposeAsync();
        _fetcher.Dispose();
        await Store.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    /// <summary>A client that keeps cookies and shows redirects rather than following them.</summary>
    public HttpClient NewBrowser() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = AppUrl };

    public async Task<HttpClient> SignedInAsync()
    {
        var http = NewBrowser();
        var fields = await FormAsync(http, "/desk/login", "/desk/login");
        fields["name"] = Editor;
        fields["password"] = Password;
        var response = await http.PostAsync("/desk/login", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return http;
    }

    /// <summary>The hidden fields (the anti-forgery token) of the form on <paramref name="page"/> that posts to <paramref name="action"/>.</summary>
    public static async Task<Dictionary<string, string>> FormAsync(HttpClient http, string page, string action)
    {
        var html = await http.GetStringAsync(page);
        return HiddenFields(html, action);
    }

    public static Dictionary<string, string> HiddenFields(string html, string action)
    {
        var form = Regex.Matches(html, "<form[^>]*action=\"([^\"]+)\"[^>]*>.*?</form>", RegexOptions.Singleline).First(m => WebUtility.HtmlDecode(m.Groups[1].Value) == action).Value;
        return Regex.Matches(form, "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">").ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
    }

    public async Task<Source> AddSourceAsync(string name, string path) =>
        (await Store.AddSourceAsync(new Source { Name = name, FeedUrl = new Uri(OriginUrl, path) }, default)).Source;
}
