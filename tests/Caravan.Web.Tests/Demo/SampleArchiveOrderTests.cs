namespace Caravan.Web.Demo;

/// <summary>
/// The sample archive ingested one source at a time in the archive's order, and eight or three at once with the
/// sources shuffled: the same stories, compared as groups of (outlet, item key), not by id.
/// </summary>
public sealed class SampleArchiveOrderTests
{
    [Fact]
    public async Task Ingest_InOtherOrdersAndConcurrently_GivesTheSameStories()
    {
        var ct = CancellationToken.None;
        await using var sequential = await SampleArchiveRun.IngestAsync(maxConcurrentSources: 1, seed: null, ct);
        var expected = sequential.StoryGroups();
        Assert.True(expected.Count > 20, $"{expected.Count} stories");
        foreach (var (concurrency, seed) in new[] { (8, 1), (3, 2), (8, 3) })
        {
            await using var other = await SampleArchiveRun.IngestAsync(concurrency, seed, ct);
            var actual = other.StoryGroups();
            Assert.True(expected.SetEquals(actual), $"{concurrency} at once, seed {seed}: only sequential: {string.Join(" | ", expected.Except(actual))}; only this run: {string.Join(" | ", actual.Except(expected))}");
        }
    }
}
