namespace Caravan.Web.Pages;

public sealed class HtmlTests
{
    [Fact]
    public void Excerpt_SkipsAKickerLine_ForTheFirstProseParagraph() =>
        Assert.Equal("The ski base near Karakol opened two weeks early after a heavy snowfall.",
            Html.Excerpt("Tourism\n\nThe ski base near Karakol opened two weeks early after a heavy snowfall.\n\nMore text."));

    [Fact]
    public void Excerpt_ShortTextOnly_IsKept() => Assert.Equal("Short note.", Html.Excerpt("Short note."));

    [Fact]
    public void Excerpt_LongParagraph_IsCutAtAWord()
    {
        var excerpt = Html.Excerpt(string.Join(' ', Enumerable.Repeat("word", 100)), max: 50);
        Assert.EndsWith("word…", excerpt);
        Assert.True(excerpt.Length <= 51);
    }

    [Fact]
    public void Href_OnlyHttp() => Assert.Equal("#", Html.Href("javascript:alert(1)"));
}
