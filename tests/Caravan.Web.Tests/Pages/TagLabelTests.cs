using Caravan.Model;

namespace Caravan.Web.Pages;

public sealed class TagLabelTests(WebFixture web) : IClassFixture<WebFixture>
{
    static Tag T(TagKind kind, string value) => new() { Kind = kind, Value = value };

    [Theory]
    [InlineData(TagKind.Place, "KZ.zhanaozen", "Zhanaozen")]
    [InlineData(TagKind.Country, "KZ", "Kazakhstan")]
    [InlineData(TagKind.Language, "ru", "Russian")]
    [InlineData(TagKind.Language, "zz-notalanguage", "zz-notalanguage")]
    [InlineData(TagKind.Place, "XX.nowhere", "XX.nowhere")]
    [InlineData(TagKind.Topic, "energy", "energy")]
    public void Text_NamesGazetteerIdsAndLanguages(TagKind kind, string value, string expected) =>
        Assert.Equal(expected, TagLabel.Text(T(kind, value)));

    [Fact]
    public void Html_LinksCountriesAndTopicsToTheirCategories_AndEscapesTheRest()
    {
        Assert.Equal("<a href=\"/category/kazakhstan\">Kazakhstan</a>", TagLabel.Html(T(TagKind.Country, "KZ")));
        Assert.Equal("<a href=\"/category/energy\">energy</a>", TagLabel.Html(T(TagKind.Topic, "energy")));
        Assert.Equal("&lt;b&gt;", TagLabel.Html(T(TagKind.Person, "<b>")));
    }

    [Fact]
    public async Task ArticlePage_ShowsTopicTagsAsCategoryLinks()
    {
        var dushanbe = (await web.Store.FindArticleAsync(web.SecondSourceId, "d1", default))!;
        var html = await web.Http.GetStringAsync($"/article/{dushanbe.Id}");
        Assert.Contains("topic: <a href=\"/category/energy\">energy</a>", html);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await web.Http.GetAsync("/category/energy")).StatusCode);
    }
}
