namespace Caravan.Stories;

/// <summary>Copying a clusterer: an independent state to try placements on (<see cref="OrderedStoryClusterer"/> rolls back its journal instead).</summary>
public sealed partial class StoryClusterer
{
    /// <summary>An independent copy of the whole state (stories, postings, vocabulary and document frequencies, clocks); what one does after leaves the other as it was.</summary>
    public StoryClusterer Copy()
    {
        var copy = new StoryClusterer(_options) { _vectorizer = _vectorizer.Copy(), _now = _now, _sinceSweep = _sinceSweep, _clock = _clock };
        foreach (var (key, story) in _live) copy._live[key] = story.Copy();
        foreach (var (term, keys) in _postings) copy._postings[term] = [.. keys];
        copy._closed.AddRange(_closed);
        return copy;
    }

    /// <summary>Whether a story of this key is live (not closed, not left empty by a replay that moved its reports).</summary>
    public bool IsLive(long key) => _live.ContainsKey(key);

    /// <summary>How many reports a live story holds (0 when it is not live).</summary>
    public int CountOf(long key) => _live.TryGetValue(key, out var story) ? story.Count : 0;
}
