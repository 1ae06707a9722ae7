namespace Caravan.Dedup;

public class NearDuplicateIndexTests
{
    static uint[] SketchOf(string text) => MinHash.Sketch(Shingles.Of(null, text));

    static string Words(int seed, int count)
    {
        var random = new Random(seed);
        return string.Join(' ', Enumerable.Range(0, count).Select(_ => "w" + random.Next(50_000)));
    }

    [Fact]
    public void Candidates_FindTheNearText_AmongManyOthers()
    {
        var index = new NearDuplicateIndex();
        for (var i = 0; i < 5000; i++) index.Add(i, SketchOf(Words(i, 80)));
        var near = Words(4321, 80) + " plus a few words added";
        var candidates = index.Candidates(SketchOf(near));
        Assert.Contains(4321L, candidates);
        Assert.True(candidates.Count < 5, $"{candidates.Count} candidates");
    }

    [Fact]
    public void Remove_HidesTheText_AndCompactKeepsTheRest()
    {
        var index = new NearDuplicateIndex();
        var sketches = Enumerable.Range(0, 3000).Select(i => SketchOf(Words(i, 60))).ToArray();
        var handles = sketches.Select((s, i) => index.Add(i, s)).ToArray();
        index.Remove(handles[10]);
        Assert.DoesNotContain(10L, index.Candidates(sketches[10]));
        index.Compact(id => sketches[id]);
        Assert.Equal(2999, index.Count);
        Assert.Contains(11L, index.Candidates(sketches[11]));
        Assert.DoesNotContain(10L, index.Candidates(sketches[10]));
    }
}
