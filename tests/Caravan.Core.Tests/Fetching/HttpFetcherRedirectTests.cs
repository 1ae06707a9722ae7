using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Caravan.Fetching;

public sealed class HttpFetcherRedirectTests
{
    private const string Rss = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";

    private static Task<TestOrigin> StartRedirectOrigin() => TestOrigin.StartAsync(app =>
    {
        app.MapGet("/feed", () => Results.Text(Rss, "application/rss+xml"));
        app.MapGet("/status/{code:int}", (int code, string to) =>
        {
            return Results.Extensions.Redirect(code, to);
        });
        app.MapGet("/loop/a", () => Results.Extensions.Redirect(302, "/loop/b"));
        app.MapGet("/loop/b", () => Results.Extensions.Redirect(301, "/loop/a"));
        app.MapGet("/chain/{n:int}", (int n) => Results.Extensions.Redirect(302, n == 0 ? "/feed" : $"/chain/{n - 1}"));
        app.MapGet("/no-location", () => Results.StatusCode(302));
    });

    [Theory]
    [InlineData(301)]
    [InlineData(308)]
    public async Task Fetch_PermanentRedirect_ReportsTheNewUrlAndTheResultThere(int code)
    {
        await using var origin = await StartRedirectOrigin();
        using var fetcher = FetcherFactory.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url($"/status/{code}?to=/feed")), CancellationToken.None);

        var moved = Assert.IsType<FetchResult.MovedPermanently>(result);
        Assert.Equal(origin.Url("/feed"), moved.NewUrl);
        Assert.IsType<FetchResult.Fetched>(moved.Result);
        Assert.Equal(origin.Url("/feed"), moved.FinalUrl);
    }

    [Theory]
    [InlineData(302)]
    [InlineData(303)]
    [InlineData(307)]
    public async Task Fetch_TemporaryRedirect_IsFollowedWithoutMovingTheSource(int code)
    {
        await using var origin = await StartRedirectOrigin();
        using var fetcher = FetcherFactory.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url($"/status/{code}?to=/feed")), CancellationToken.None);

        var fetched = Assert.IsType<FetchResult.Fetched>(result);
        Assert.Equal(origin.Url("/feed"), fetched.FinalUrl);
    }

    [Fact]
    public async Task Fetch_PermanentThenTemporary_MovesToThePermanentTarget()
    {
        await using var origin = await StartRedirectOrigin();
        using var fetcher = FetcherFactory.Create();
        var temporary = Uri.EscapeDataString("/status/302?to=/feed");

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url($"/status/301?to={temporary}")), CancellationToken.None);

        var moved = Assert.IsType<FetchResult.MovedPermanently>(result);
        Assert.Equal(origin.Url("/status/302?to=/feed"), moved.NewUrl);
        Assert.Equal(origin.Url("/feed"), moved.FinalUrl);
    }

    [Fact]
    public async Task Fetch_TemporaryThenPermanent_DoesNotMoveTheSource()
    {
        await using var origin = await StartRedirectOrigin();
        using var fetcher = FetcherFactory.Create();
        var permanent = Uri.EscapeDataString("/status/301?to=/feed");

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url($"/status/302?to={permanent}")), CancellationToken.None);

        Assert.IsType<FetchResult.Fetched>(result);
    }

    [Fact]
    public async Task Fetch_RedirectLoop_IsAFailureNotAHang()
    {
        await using var origin = await StartRedirectOrigin();
        using var fetcher = FetcherFactory.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("/loop/a")), CancellationToken.None);

        Assert.Contains("redirect loop", Assert.IsType<FetchResult.Failed>(result).Reason);
    }

    [Fact]
    public async Task Fetch_MoreRedirectsThanAllowed_Fails()
    {
        await using var origin = await StartRedirectOrigin();
        using var fetcher = FetcherFactory.Create();

        var ok = await fetcher.FetchAsync(new FetchRequest(origin.Url("/chain/4")), CancellationToken.None);
        var tooMany = await fetcher.FetchAsync(new FetchRequest(origin.Url("/chain/5")), CancellationToken.None);

        Assert.IsType<FetchResult.Fetched>(ok);
        Assert.Contains("more than 5 redirects", Assert.IsType<FetchResult.Failed>(tooMany).Reason);
    }

    [Fact]
    public async Task Fetch_RedirectWithoutLocation_Fails()
    {
        await using var origin = await StartRedirectOrigin();
        using var fetcher = FetcherFactory.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("/no-location")), CancellationToken.None);

        Assert.Equal(302, Assert.IsType<FetchResult.Failed>(result).HttpStatus);
    }

    [Fact]
    public async Task Fetch_RedirectToAnotherScheme_IsRefused()
    {
        await using var origin = await StartRedirectOrigin();
        using var fetcher = FetcherFactory.Create();

        var result = await fetcher.FetchAsync(new FetchRequest(origin.Url("/status/302?to=file:///etc/passwd")), CancellationToken.None);

        Assert.Contains("only http and https", Assert.IsType<FetchResult.Refused>(result).Reason);
    }
}

/// <summary>A redirect with any status code, which Results.Redirect cannot express (303, 307 with a relative URL).</summary>
internal static class RedirectResultExtensions
{
    public static IResult Redirect(this IResultExtensions _, int status, string location) => new StatusRedirect(status, location);

    private sealed class StatusRedirect(int status, string location) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
