using System.Text.RegularExpressions;

namespace Caravan.Web.Pages;

/// <summary>Category and home pages list stories, not reports: one entry per story, its best report, who else reported it.</summary>
public sealed class StoryEntriesTests(WebFixture web) : IClassFixture<WebFixture>
{
    static List<string> Entries(string html) =>
        Regex.Matches(html, "<article>(.*?)</article>", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public async Task Category_ShowsAStoryOnce_ByItsEarliestReport_WithTheOtherOutletsLinkingToTheStory()
    {
        var html = await web.Http.GetStringAsync("/category/kazakhstan");
        var next = Regex.Match(html, "rel=\"next\" href=\"([^\"]+)\"").Groups[1].Value;
        var all = Entries(html).Concat(Entries(await web.Http.GetStringAsync(System.Net.WebUtility.HtmlDecode(next)))).ToList();
        Assert.DoesNotContain(all, e => e.Contains(">Kazakh story 1<") || e.Contains(">Kazakh story 2<"));
        var story = Assert.Single(all, e => e.Contains(">Kazakh story 3<"));
        Assert.Contains($"<p class=\"also\"><a href=\"/story/{web.StoryId}\">Also reported by 1 other outlet</a></p>", story);
        Assert.Contains("<figure class=\"lead\"><img src=\"https://steppe.example/img.jpg\" alt=\"Kazakh story 3\"", story);
        Assert.Contains("<figcaption>Image: president.kg</figcaption>", story);
        Assert.Contains("<time datetime=\"2026-11-10T03:00:00Z\">", story);
        Assert.Contains("Steppe &lt;Herald&gt;</a>", story);
        Assert.Contains("<p>Paragraph one of story 3 about gas prices.</p>", story);
        // A lone report has nobody else to name.
        Assert.DoesNotContain("Also reported", Assert.Single(all, e => e.Contains(">Kazakh story 4<")));
    }

    [Fact]
    public async Task Home_RanksTopStories_AndHasARailPerCountry()
    {
        var html = await web.Http.GetStringAsync("/");
        Assert.Contains("<h1>Top stories</h1>", html);
        var top = html[..html.IndexOf("<section aria-labelledby=\"countries\"", StringComparison.Ordinal)];
        // The only story with two outlets leads; it is shown by its earliest report.
        var first = Entries(top)[0];
        Assert.Contains(">Kazakh story 3<", first);
        Assert.Contains("Also reported by 1 other outlet", first);
        foreach (var (slug, name) in new[] { ("kazakhstan", "Kazakhstan"), ("kyrgyzstan", "Kyrgyzstan"), ("tajikistan", "Tajikistan") })
            Assert.Contains($"<h3 id=\"rail-{slug}\"><a href=\"/category/{slug}\">{name}</a>", html);
        var rail = Regex.Match(html, "<section class=\"rail\" aria-labelledby=\"rail-kazakhstan\">(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(4, Entries(rail).Count);
    }

    [Fact]
    public async Task Build_TakesTheSameRowTwice_AsAnArticleInTwoRailsIs()
    {
        var k3 = (await web.Store.FindArticleAsync(web.SourceId, "k3", default))!;
        var entries = await StoryEntries.BuildAsync([k3, k3], new Dictionary<long, Model.Source>(), web.Store, default);
        Assert.Equal(2, entries.Count);
        Assert.Equal(entries[0], entries[1]);
        Assert.Equal(web.StoryId, entries[0].StoryId);
    }
}
