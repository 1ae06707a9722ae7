using AngleSharp.Html.Parser;

namespace Caravan.Cleaning;

// The single-pass text helpers must say exactly what the split-and-join and TextContent versions said.
public class BlocksTests
{
    static readonly char[] Separators = [' ', '\t', '\n', '\r', '\u00A0', '\u200B', '\f'];

    static string SplitAndJoin(string text) => string.Join(' ', text.Split(Separators, StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("")]
    [InlineData("word")]
    [InlineData("two words")]
    [InlineData("  leading and trailing  ")]
    [InlineData("tab\tand\nnewline\r\nand\u00A0nbsp\u200Bzero-width\fform feed")]
    [InlineData("double  space")]
    [InlineData(" ")]
    [InlineData("\u00A0")]
    [InlineData("a \u00A0 b")]
    public void Collapse_SaysWhatSplitAndJoinSaid(string text) => Assert.Equal(SplitAndJoin(text), Blocks.Collapse(text));

    [Fact]
    public void Collapse_TextWithNothingToCollapse_ReturnsTheSameString()
    {
        var text = "Nothing to collapse here.";

        Assert.Same(text, Blocks.Collapse(text));
    }

    [Fact]
    public void TextOf_ReadsTextNodesAsTextContentWouldThenCollapses()
    {
        var html = "<div id='x'>  First<b>bold</b> <i> italic\u00A0</i>\n<span>  span<!-- a comment --> end </span>\t<script>var s = 1;</script></div>";
        var element = new HtmlParser().ParseDocument(html).GetElementById("x")!;

        Assert.Equal(SplitAndJoin(element.TextContent), Blocks.TextOf(element));
        Assert.Equal("Firstbold italic span end var s = 1;", Blocks.TextOf(element));
    }

    [Fact]
    public void Leaves_AreTheInnermostBlocksInDocumentOrder()
    {
        var html = "<div id='x'><p>one</p><a href='/'><div>two</div></a><div><h2>three</h2><span>not a block</span><ul><li>four</li></ul></div><p>five</p></div>";
        var root = new HtmlParser().ParseDocument(html).GetElementById("x")!;

        var leaves = Blocks.Leaves(root).Select(e => e.TextContent).ToArray();

        Assert.Equal(["one", "two", "three", "four", "five"], leaves);
    }

    [Fact]
    public void WrapLooseInline_DoubleBreakOnAWideNode_SplitsIntoParagraphs()
    {
        // Two thousand <br><br>-separated lines: sibling lookups by index keep this linear.
        var lines = string.Join("<br>\n<br>", Enumerable.Range(1, 2000).Select(i => $"Line {i}"));
        var document = new HtmlParser().ParseDocument($"<div id='x'>{lines}</div>");
        var root = document.GetElementById("x")!;

        Blocks.WrapLooseInline(root, document);

        Assert.Equal(2000, root.Children.Count(c => c.LocalName == "p"));
        Assert.Equal("Line 2000", Blocks.TextOf(root.Children.Last()));
    }
}
