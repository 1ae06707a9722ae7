namespace Caravan.Dedup;

public sealed class ContentHashTests
{
    [Fact]
    public void Of_CosmeticDifferences_HashTheSame() =>
        Assert.Equal(ContentHash.Of("Gas Prices Rise", "Prices rose, officials said."),
            ContentHash.Of("gas prices rise!", "  Prices   rose officials said"));

    [Fact]
    public void Of_DifferentWords_HashDifferently() =>
        Assert.NotEqual(ContentHash.Of("T", "Several hundred protesters"), ContentHash.Of("T", "Around 200 protesters"));

    [Fact]
    public void Of_TitleAndTextAreNotInterchangeable() =>
        Assert.NotEqual(ContentHash.Of("a b", "c"), ContentHash.Of("a", "b c"));

    [Fact]
    public void Normalize_FoldsCompatibilityFormsAndCase() =>
        Assert.Equal("ﬁle ａｂｃ".Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant(), ContentHash.Normalize("ﬁle ＡＢＣ"));

    [Fact]
    public void Of_IsHexOf32Chars() => Assert.Matches("^[0-9a-f]{32}$", ContentHash.Of(null, null));
}
