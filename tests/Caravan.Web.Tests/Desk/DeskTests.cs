using System.Net;
using System.Text.RegularExpressions;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;

namespace Caravan.Web.Desk;

/// <summary>The desk over its own store and app, so sign-ins and new sources touch no other test.</summary>
public sealed class DeskTests : IAsyncLifetime
{
    readonly string _dir = Directory.CreateTempSubdirectory("caravan-desk-").FullName;
    ICaravanStore _store = null!;
    WebApplication _app = null!;
    const string Password = "a long passphrase";

    public async Task InitializeAsync()
    {
        _store = new SqliteStore(Path.Combine(_dir, "desk.db"));
        await _store.MigrateAsync(default);
        await _store.SaveUserAsync(new EditorUser { Name = "dana", PasswordHash = PasswordHasher.Hash(Password, iterations: 1000) }, default);
        await _store.AddSourceAsync(new Source { Name = "Steppe Herald", FeedUrl = new Uri("https://steppe.example/feed.xml") }, default);
        _app = WebApp.Create(new WebOptions { Url = "http://127.0.0.1:0", LoginAttemptsPerMinute = 4 }, _store);
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _store.DisposeAsync();
        Directory.Delete(_dir, recursive: true);
    }

    HttpClient NewBrowser() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(_app.BoundUrl()) };

    static async Task<Dictionary<string, string>> FormAsync(HttpClient http, string path, int formIndex = 0)
    {
        var html = await http.GetStringAsync(path);
        var form = Regex.Matches(html, "<form[^>]*method=\"post\".*?</form>", RegexOptions.Singleline)[formIndex].Value;
        return Regex.Matches(form, "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">").ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));
    }

    static async Task<HttpResponseMessage> PostAsync(HttpClient http, string path, Dictionary<string, string> fields) =>
        await http.PostAsync(path, new FormUrlEncodedContent(fields));

    async Task<HttpClient> SignedInAsync()
    {
        var http = NewBrowser();
        var fields = await FormAsync(http, "/desk/login");
        fields["name"] = "dana";
        fields["password"] = Password;
        var response = await PostAsync(http, "/desk/login", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return http;
    }

    [Fact]
    public async Task Desk_NeedsSignIn()
    {
        using var http = NewBrowser();
        var response = await http.GetAsync("/desk");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/desk/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task WrongPassword_Is401_AndSetsNoSessionCookie()
    {
        using var http = NewBrowser();
        var fields = await FormAsync(http, "/desk/login");
        fields["name"] = "dana";
        fields["password"] = "wrong password";
        var response = await PostAsync(http, "/desk/login", fields);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Wrong name or password.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await http.GetAsync("/desk")).StatusCode);
    }

    [Fact]
    public async Task SignedIn_AddsASource_SeesItListed_AndDisablesIt()
    {
        using var http = await SignedInAsync();
        var desk = await http.GetStringAsync("/desk");
        Assert.Contains("Signed in as dana", desk);
        var add = await FormAsync(http, "/desk", formIndex: 1);
        add["name"] = "Bishkek <Observer>";
        add["feedUrl"] = "https://bishkek.example/rss";
        add["country"] = "kg";
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(http, "/desk/sources", add)).StatusCode);
        desk = await http.GetStringAsync("/desk");
        Assert.Contains("Bishkek &lt;Observer&gt;", desk);
        var added = (await _store.ListSourcesAsync(default)).Single(s => s.Name == "Bishkek <Observer>");
        Assert.Equal("KG", added.CountryHint);

        var toggle = await FormAsync(http, "/desk", formIndex: 2); // forms: sign out, add, then one per source by name (Bishkek first)
        Assert.Equal("false", toggle["enabled"]);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(http, $"/desk/sources/{added.Id}/enabled", toggle)).StatusCode);
        Assert.False((await _store.GetSourceAsync(added.Id, default))!.Enabled);
    }

    [Fact]
    public async Task PostsWithoutTheAntiforgeryToken_AreRefused()
    {
        using var http = await SignedInAsync();
        var response = await PostAsync(http, "/desk/sources", new() { ["name"] = "Forged", ["feedUrl"] = "https://evil.example/rss" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(await _store.ListSourcesAsync(default), s => s.Name == "Forged");
    }

    [Fact]
    public async Task SignIn_IsRateLimited()
    {
        using var http = NewBrowser();
        var fields = await FormAsync(http, "/desk/login");
        fields["name"] = "dana";
        fields["password"] = "guess";
        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 6; i++) statuses.Add((await PostAsync(http, "/desk/login", fields)).StatusCode);
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.Unauthorized, 4), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task WithoutIngest_DiscoveryAndRefreshNow_Are503WithTheReason()
    {
        using var http = await SignedInAsync();
        var add = await FormAsync(http, "/desk", formIndex: 1);
        add["feedUrl"] = "https://bishkek.example/";
        add["discover"] = "true";
        var response = await PostAsync(http, "/desk/sources", add);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("cannot discover", await response.Content.ReadAsStringAsync());

        var source = (await _store.ListSourcesAsync(default)).First();
        var refresh = await FormAsync(http, $"/desk/sources/{source.Id}", formIndex: 1);
        response = await PostAsync(http, $"/desk/sources/{source.Id}/refresh", refresh);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("does not fetch feeds", await response.Content.ReadAsStringAsync());
    }
}
