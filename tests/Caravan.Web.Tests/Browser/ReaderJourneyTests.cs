using Caravan.Web.Pages;
using Microsoft.Playwright;

namespace Caravan.Web.Browser;

/// <summary>Browser tests run on their own, not beside the other web tests: a busy test process delays Chromium's events.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "browser";
}

/// <summary>A reader in headless Chromium (Debian's /usr/bin/chromium, never a downloaded browser): home → category → article → story, keyboard, search.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderJourneyTests(WebFixture web) : IClassFixture<WebFixture>, IAsyncLifetime
{
    IPlaywright _pw = null!;
    IBrowser _browser = null!;
    static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        _pw = await Playwright.CreateAsync();
        _browser = await _pw.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
        });
        Directory.CreateDirectory(Shots);
    }

    /// <summary>A page that may only reach the test server: pictures of outlets elsewhere fail at once instead of waiting on DNS.</summary>
    async Task<IPage> LocalPageAsync(BrowserNewPageOptions? options = null)
    {
        var page = await _browser.NewPageAsync(options);
        await page.RouteAsync("**/*", route => new Uri(route.Request.Url).Host == "127.0.0.1" ? route.ContinueAsync() : route.AbortAsync());
        return page;
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _pw.Dispose();
    }

    [Fact]
    public async Task HomeToCategoryToArticleToStory()
    {
        var page = await LocalPageAsync(new BrowserNewPageOptions { TimezoneId = "Asia/Almaty", Locale = "en-GB", ViewportSize = new() { Width = 1100, Height = 900 } });
        await page.GotoAsync(web.Http.BaseAddress!.AbsoluteUri);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "home.png") });
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Countries" }).GetByRole(AriaRole.Link, new() { Name = "Kazakhstan" }).ClickAsync();
        Assert.EndsWith("/category/kazakhstan", page.Url);
        Assert.Equal("Category: Kazakhstan", await page.Locator("h1").InnerTextAsync());
        // The script shows times in the reader's zone (Almaty is UTC+5); the UTC text stays as the tooltip.
        var firstTime = page.Locator("main time").First;
        Assert.Contains("UTC", await firstTime.GetAttributeAsync("title") ?? "");
        Assert.DoesNotContain(" UTC", await firstTime.InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "category.png"), FullPage = false });

        // The story of k1..k3 is one entry, shown by its earliest report.
        await page.GetByRole(AriaRole.Link, new() { Name = "Kazakh story 3", Exact = true }).ClickAsync();
        Assert.Equal("Kazakh story 3", await page.Locator("h1").InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "See how the story spread" }).ClickAsync();
        Assert.EndsWith($"/story/{web.StoryId}", page.Url);
        Assert.Equal(4, await page.Locator("svg.timeline circle").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "story.png"), FullPage = true });
    }

    [Fact]
    public async Task KeyboardMovesAndOpens_SlashFocusesSearch()
    {
        var page = await LocalPageAsync();
        await page.GotoAsync(web.Http.BaseAddress!.AbsoluteUri + "category/kazakhstan");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        Assert.Equal(1, await page.Locator("main article.current").CountAsync());
        var title = await page.Locator("main article.current h2 a").InnerTextAsync();
        Assert.Equal(await page.Locator("main article").Nth(1).Locator("h2 a").InnerTextAsync(), title);
        await page.Keyboard.PressAsync("k");
        Assert.Equal(await page.Locator("main article").Nth(0).Locator("h2 a").InnerTextAsync(), await page.Locator("main article.current h2 a").InnerTextAsync());
        await page.Keyboard.PressAsync("o");
        // Poll the URL rather than wait for a navigation event: the navigation may already be over by now.
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/article/\\d+$"), new() { Timeout = 30_000 });
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await page.Keyboard.PressAsync("/");
        Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task SearchWithAFilter_OnAPhone()
    {
        var page = await LocalPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 390, Height = 844 } });
        await page.GotoAsync(web.Http.BaseAddress!.AbsoluteUri + "search");
        await page.Locator("#sq").FillAsync("gas");
        await page.Locator("#fo").SelectOptionAsync(web.SecondSourceId.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        Assert.Equal(1, await page.Locator("main article").CountAsync());
        Assert.Contains("Dushanbe", await page.Locator("main article h2").InnerTextAsync());
        // Nothing wider than the phone: no sideways scrolling.
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "search-phone.png"), FullPage = true });
    }

    [Theory]
    [InlineData(1280, 900, "desktop")]
    [InlineData(390, 844, "phone")]
    public async Task EveryReaderPage_FitsTheScreen_AndIsPhotographed(int width, int height, string device)
    {
        var page = await LocalPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = width, Height = height }, TimezoneId = "Asia/Almaty" });
        var pages = new[]
        {
            ("home", "/"), ("category", "/category/kazakhstan"), ("article-versions", $"/article/{web.UpdatedArticleId}"),
            ("story-timeline", $"/story/{web.StoryId}"), ("source", $"/source/{web.SourceId}"), ("digest", "/digest/central-asia?date=2026-11-10&period=week"),
        };
        foreach (var (name, path) in pages)
        {
            var response = await page.GotoAsync(web.Http.BaseAddress!.AbsoluteUri.TrimEnd('/') + path);
            Assert.Equal(200, response!.Status);
            Assert.True(await page.Locator("main h1").IsVisibleAsync(), $"{path} has no visible heading");
            // Nothing wider than the screen: no sideways scrolling on a phone, no clipped timeline.
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways at {width}px");
            await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, $"{name}-{device}.png"), FullPage = true });
        }
    }
}
