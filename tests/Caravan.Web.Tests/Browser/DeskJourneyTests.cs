using System.Text.RegularExpressions;
using Caravan.Web.Desk;
using Microsoft.Playwright;

namespace Caravan.Web.Browser;

/// <summary>An editor in headless Chromium: sign in, add a source by its site URL, edit it, refresh it, correct a tag, see the correction.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DeskJourneyTests(DeskFixture desk) : IClassFixture<DeskFixture>, IAsyncLifetime
{
    IPlaywright _pw = null!;
    IBrowser _browser = null!;
    static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "screenshots");
    static readonly LocatorAssertionsToHaveTextOptions Patient = new() { Timeout = 30_000 };

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

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _pw.Dispose();
    }

    [Fact]
    public async Task SignIn_AddBySiteUrl_Edit_Refresh_CorrectATag_AndSeeItOnTheArticle()
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new() { Width = 1200, Height = 900 } });
        // Pages reach only the test server and the test outlet, both on loopback.
        await page.RouteAsync("**/*", route => new Uri(route.Request.Url).Host == "127.0.0.1" ? route.ContinueAsync() : route.AbortAsync());

        await page.GotoAsync(desk.AppUrl + "desk");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/desk/login"));
        await page.GetByLabel("Name").FillAsync(DeskFixture.Editor);
        await page.GetByLabel("Password").FillAsync(DeskFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Editor's desk", Patient);

        await page.GetByLabel("Site or feed URL").FillAsync(desk.OriginUrl.AbsoluteUri);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Steppe Herald");
        await page.GetByLabel("Country code").FillAsync("KZ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Source: Steppe Herald", Patient);
        await Assertions.Expect(page.GetByLabel("Feed URL")).ToHaveValueAsync(new Uri(desk.OriginUrl, "/feed.xml").AbsoluteUri);

        await page.GetByLabel("Name").FillAsync("Steppe Herald (Almaty)");
        await page.GetByLabel(new Regex("^Refresh interval")).FillAsync("60");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Source: Steppe Herald (Almaty)", Patient);
        await Assertions.Expect(page.GetByLabel(new Regex("^Refresh interval"))).ToHaveValueAsync("60");

        await page.GetByRole(AriaRole.Button, new() { Name = "Refresh now" }).ClickAsync();
        await Assertions.Expect(page.Locator(".outcome")).ToContainTextAsync("Refreshed: fetched, 2 items, 2 new", new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "desk-source.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Reader's page" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Almaty opens a new metro station" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Almaty opens a new metro station", Patient);
        await Assertions.Expect(page.Locator("ul.tags")).ToContainTextAsync("country: Kazakhstan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Correct tags or story (editors)" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Corrections: Almaty opens a new metro station", Patient);

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove country KZ" }).ClickAsync();
        await Assertions.Expect(page.Locator(".help").First).ToContainTextAsync("Removed by editors", new() { Timeout = 30_000 });
        await page.GetByLabel("Add a tag").SelectOptionAsync("country");
        await page.GetByLabel("Value").FillAsync("KG");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add tag" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.tags")).ToContainTextAsync("added by dana", new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "desk-corrections.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "Reader's page" }).ClickAsync();
        var tags = page.Locator("ul.tags");
        await Assertions.Expect(tags.Locator("li.manual")).ToHaveTextAsync("country: Kyrgyzstan", Patient);
        await Assertions.Expect(tags).Not.ToContainTextAsync("Kazakhstan");

        await page.GotoAsync(desk.AppUrl + "desk");
        await Assertions.Expect(page.Locator("table.sources")).ToContainTextAsync("Steppe Herald (Almaty)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Shots, "desk.png"), FullPage = true });
    }
}
