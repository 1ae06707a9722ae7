namespace Caravan.Web.Pages;

public sealed class VersionDiffTests
{
    static string Words(string prefix, int n) => string.Join(' ', Enumerable.Range(1, n).Select(i => prefix + i));

    [Fact]
    public void Html_MarksChanges_AndCutsLongUnchangedTextToContext()
    {
        var diff = Words("a", 40) + " [-Several hundred-] {+Around 200+} " + Words("b", 60) + " {+A correction.+} " + Words("c", 30);
        var html = VersionDiff.Html(diff);
        Assert.Contains("<del>Several hundred</del> <ins>Around 200</ins>", html);
        Assert.Contains("<ins>A correction.</ins>", html);
        Assert.StartsWith("… a29 a30", html);
        Assert.DoesNotContain("a28 ", html);
        // Between two changes: the words after the first and before the second, the middle cut out.
        Assert.Contains("b12 … b49", html);
        Assert.DoesNotContain("b13 ", html);
        Assert.EndsWith("c11 c12 …", html);
    }

    [Fact]
    public void Html_ShortTextAroundAChange_IsKeptWhole_AndEscaped() =>
        Assert.Equal("ZHANAOZEN &lt;b&gt; — <del>Several hundred</del> <ins>Around 200</ins> protesters gathered.",
            VersionDiff.Html("ZHANAOZEN <b> — [-Several hundred-] {+Around 200+} protesters gathered."));

    [Theory]
    [InlineData("ru", " lang=\"ru\"")]
    [InlineData("en", "")]
    [InlineData(null, "")]
    public void Lang_IsSetOnlyWhereTheItemDiffersFromThePage(string? language, string expected) => Assert.Equal(expected, Html.Lang(language));
}
