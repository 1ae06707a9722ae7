using System.Text;

namespace Caravan.Fetching;

public sealed class RobotsTxtTests
{
    private static bool Allowed(string robots, string path, string token = "Caravan") =>
        RobotsTxt.Parse(Encoding.UTF8.GetBytes(robots), token).IsAllowed(new Uri("https://outlet.test" + path));

    [Theory]
    [InlineData("User-agent: *\nDisallow: /private", "/private/x", false)]
    [InlineData("User-agent: *\nDisallow: /private", "/public", true)]
    [InlineData("User-agent: *\nDisallow:", "/anything", true)]                        // empty disallow
    [InlineData("User-agent: *\nDisallow: /", "/robots.txt", true)]                    // always allowed
    [InlineData("User-agent: *\nDisallow: /a\nAllow: /a/b", "/a/b/c", true)]           // longest match wins
    [InlineData("User-agent: *\nAllow: /a\nDisallow: /a/b", "/a/b/c", false)]
    [InlineData("User-agent: *\nAllow: /page\nDisallow: /page", "/page", true)]        // tie: allow
    [InlineData("User-agent: *\nDisallow: /*.pdf$", "/docs/a.pdf", false)]
    [InlineData("User-agent: *\nDisallow: /*.pdf$", "/docs/a.pdf?x=1", true)]
    [InlineData("User-agent: *\nDisallow: /*/print", "/news/2026/print", false)]
    [InlineData("User-agent: *\nDisallow: /search?q=", "/search?q=war", false)]
    [InlineData("User-agent: *\nDisallow: /%7Euser", "/%7euser/page", false)]
    [InlineData("User-agent: *\nDisallow: /ñews", "/%C3%B1ews/1", false)]
    [InlineData("# comment only\n", "/x", true)]
    public void IsAllowed_FollowsRfc9309Matching(string robots, string path, bool expected) =>
        Assert.Equal(expected, Allowed(robots, path));

    [Fact]
    public void Parse_GroupForOurToken_ReplacesTheStarGroup()
    {
        const string robots = """
            User-agent: *
            Disallow: /

            User-agent: caravan/2.0
            Disallow: /private
            """;

        Assert.True(Allowed(robots, "/news"));
        Assert.False(Allowed(robots, "/private"));
        Assert.False(Allowed(robots, "/news", token: "OtherBot"));
    }

    [Fact]
    public void Parse_SeveralAgentsInOneGroup_AndRepeatedGroups_AreCombined()
    {
        const string robots = """
            User-agent: googlebot
            User-agent: Caravan
            Disallow: /a

            User-agent: bingbot
            Disallow: /b

            User-agent: CARAVAN
            Disallow: /c
            """;

        Assert.False(Allowed(robots, "/a"));
        Assert.True(Allowed(robots, "/b"));
        Assert.False(Allowed(robots, "/c"));
    }

    [Fact]
    public void AllowAllAndDisallowAll_MeanWhatTheySay()
    {
        var url = new Uri("https://outlet.test/x");

        Assert.True(RobotsTxt.AllowAll.IsAllowed(url));
        Assert.False(RobotsTxt.DisallowAll.IsAllowed(url));
    }
}
