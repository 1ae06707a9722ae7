using AngleSharp.Html.Parser;

namespace Caravan.Extraction;

// The selector-free walks must list what the CSS queries they replace listed, in the same order.
public class DescendantsTests
{
    const string Html = """
        <div id='root'><section><p>a</p><div><p>b</p><ul><li>c</li></ul></div></section>
        <table><tr><td>d</td></tr></table><p>e<img src='x.png'></p><figure><img src='y.png'></figure></div>
        """;

    static AngleSharp.Dom.IElement Root() => new HtmlParser().ParseDocument(Html).GetElementById("root")!;

    [Fact]
    public void Named_ListsWhatQuerySelectorAllLists()
    {
        var root = Root();

        var walked = Descendants.Named(root, Descendants.Names("p", "div", "li", "td", "section"));

        Assert.Equal(root.QuerySelectorAll("p, div, li, td, section").ToArray(), walked);
    }

    [Fact]
    public void All_ListsEveryDescendantLikeTheUniversalSelector()
    {
        var root = Root();

        Assert.Equal(root.QuerySelectorAll("*").ToArray(), Descendants.All(root));
    }

    [Fact]
    public void FirstNamed_FindsWhatQuerySelectorFinds()
    {
        var root = Root();

        Assert.Same(root.QuerySelector("img"), Descendants.FirstNamed(root, Descendants.Names("img")));
        Assert.Same(root.QuerySelector("figure"), Descendants.FirstNamed(root, Descendants.Names("figure")));
        Assert.Null(Descendants.FirstNamed(root, Descendants.Names("video")));
    }
}
