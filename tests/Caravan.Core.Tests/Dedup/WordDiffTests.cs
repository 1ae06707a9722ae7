namespace Caravan.Dedup;

public sealed class WordDiffTests
{
    [Fact]
    public void Compute_ChangedFigures_ShowsOldAndNewWords() =>
        Assert.Equal("Police said [-Several hundred-] {+Around 200+} protesters came.",
            WordDiff.Format(WordDiff.Compute("Police said Several hundred protesters came.", "Police said Around 200 protesters came.")));

    [Fact]
    public void Compute_AddedParagraph_IsOneAddition()
    {
        var runs = WordDiff.Compute("One two three.", "One two three. Four five.");
        Assert.Equal([new DiffRun(DiffOp.Same, "One two three."), new DiffRun(DiffOp.Added, "Four five.")], runs);
    }

    [Fact]
    public void Compute_SameText_IsOneSameRun() =>
        Assert.Equal([new DiffRun(DiffOp.Same, "a b c")], WordDiff.Compute("a  b\nc", "a b c"));

    [Fact]
    public void Compute_EmptyToText_AndBack()
    {
        Assert.Equal([new DiffRun(DiffOp.Added, "new words")], WordDiff.Compute("", "new words"));
        Assert.Equal([new DiffRun(DiffOp.Removed, "old words")], WordDiff.Compute("old words", ""));
    }

    [Fact]
    public void Compute_ScatteredEdits_KeepsCommonWordsBetween() =>
        Assert.Equal("a [-b-] {+x+} c d [-e-] {+y+} f",
            WordDiff.Format(WordDiff.Compute("a b c d e f", "a x c d y f")));

    [Fact]
    public void Compute_HugeBodies_StayBounded()
    {
        var a = string.Join(' ', Enumerable.Range(0, 5000).Select(i => "a" + i));
        var b = string.Join(' ', Enumerable.Range(0, 5000).Select(i => "b" + i));
        var runs = WordDiff.Compute(a, b);
        Assert.Equal([DiffOp.Removed, DiffOp.Added], runs.Select(r => r.Op));
    }
}
