using Microsoft.Extensions.Configuration;

namespace Caravan.Fetching;

public sealed class FetchOptionsTests
{
    [Fact]
    public void Defaults_MatchTheIssue()
    {
        var options = new FetchOptions();

        options.Validate();
        Assert.Equal(30, options.TimeoutSeconds);
        Assert.Equal(10, options.ConnectTimeoutSeconds);
        Assert.Equal(15 * 1024 * 1024, options.MaxBodyBytes);
        Assert.Equal(5, options.MaxRedirects);
        Assert.Equal(1, options.PerHostConcurrency);
        Assert.False(options.RespectRobotsForFeeds);
        Assert.Contains("+http", options.UserAgent);
        Assert.Empty(options.ParseAllowedHosts().Hosts);
    }

    [Fact]
    public void Validate_BadValues_NamesEveryOneInOneMessage()
    {
        var options = new FetchOptions { TimeoutSeconds = 0, MaxBodyBytes = -1, PerHostConcurrency = 0, AllowedHosts = "10.0.0.0/40" };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Contains("Fetching:TimeoutSeconds", error.Message);
        Assert.Contains("Fetching:MaxBodyBytes", error.Message);
        Assert.Contains("Fetching:PerHostConcurrency", error.Message);
        Assert.Contains("10.0.0.0/40", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Bind_FromJsonStyleSectionAndEnvironmentStyleKeys_ReadsEveryValue()
    {
        // CARAVAN_Fetching__AllowedHosts becomes the key "Fetching:AllowedHosts" once the prefix is stripped.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Fetching:AllowedHosts"] = "demo.caravan.local,127.0.0.0/8",
            ["Fetching:TimeoutSeconds"] = "12.5",
            ["Fetching:MaxBodyBytes"] = "1000",
            ["Fetching:RespectRobotsForFeeds"] = "true",
        }).Build();

        var options = configuration.GetSection(FetchOptions.SectionName).Get<FetchOptions>()!;

        options.Validate();
        Assert.Equal(12.5, options.TimeoutSeconds);
        Assert.Equal(1000, options.MaxBodyBytes);
        Assert.True(options.RespectRobotsForFeeds);
        Assert.Equal(["demo.caravan.local"], options.ParseAllowedHosts().Hosts);
        Assert.Single(options.ParseAllowedHosts().Networks);
        Assert.Equal(10, options.ConnectTimeoutSeconds); // untouched keys keep their defaults
    }

    [Fact]
    public void Bind_FromEnvironmentVariables_MapsDoubleUnderscoreToTheSection()
    {
        // The CLI reads CARAVAN_-prefixed variables; a unique prefix keeps this test apart from others.
        var prefix = $"CARAVANTEST{Guid.NewGuid():N}_";
        Environment.SetEnvironmentVariable(prefix + "Fetching__AllowedHosts", "demo.caravan.local, 10.1.0.0/16");
        try
        {
            var configuration = new ConfigurationBuilder().AddEnvironmentVariables(prefix).Build();

            var options = configuration.GetSection(FetchOptions.SectionName).Get<FetchOptions>()!;

            Assert.True(options.ParseAllowedHosts().AllowsHost("demo.caravan.local"));
            Assert.True(options.ParseAllowedHosts().AllowsAddress(System.Net.IPAddress.Parse("10.1.2.3")));
        }
        finally
        {
            Environment.SetEnvironmentVariable(prefix + "Fetching__AllowedHosts", null);
        }
    }

    [Fact]
    public void Construct_Fetcher_WithInvalidOptions_Throws()
    {
        Assert.Throws<ArgumentException>(() => new HttpFetcher(new FetchOptions { MaxRedirects = -1 }, TimeProvider.System));
    }
}
