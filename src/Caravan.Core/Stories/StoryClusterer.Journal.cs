namespace Caravan.Stories;

/// <summary>
/// The clusterer's undo journal: once started, every change (a report added to a story, a sweep closing stories,
/// the vectorizer's vocabulary and document frequencies) is recorded with what it replaced, so that
/// <see cref="OrderedStoryClusterer"/> can take back the reports after a late arrival's place and run only those
/// again. Rolled back to a position, the state is exactly what it was there: the same term ids, frequencies,
/// centroids, postings in the same order and clocks, so placing the same reports again decides the same.
/// </summary>
public sealed partial class StoryClusterer
{
    StoryJournal? _journal;
    // Stories closed by committed changes: the first ones in _closed. Those closed by changes that may still be
    // rolled back follow them.
    int _committedClosed;

    /// <summary>Starts recording changes (see <see cref="RollBack"/>); from then on <see cref="TakeClosed"/> gives only stories closed by committed changes.</summary>
    public void StartJournal()
    {
        _journal ??= new StoryJournal();
        _vectorizer.Journal = _journal;
    }

    /// <summary>The journal position now: <see cref="RollBack"/> to it returns to this state.</summary>
    public long JournalPosition => Journal.Position;

    /// <summary>Changes that can still be rolled back.</summary>
    public int JournalCount => Journal.Count;

    /// <summary>Takes back every change made since <paramref name="position"/>.</summary>
    public void RollBack(long position) => Journal.RollBack(position);

    /// <summary>Makes the changes before <paramref name="position"/> final: they can no longer be rolled back, and the stories they closed are reported.</summary>
    public void Commit(long position) => _committedClosed += Journal.Commit(position);

    StoryJournal Journal => _journal ?? throw new InvalidOperationException("The journal was not started.");

    int ClosedToTake => _journal is null ? _closed.Count : _committedClosed;

    /// <summary>What a report's addition to a story replaced: the story as it was (null when the report opened it), clocks, posting appends.</summary>
    AddUndo? BeginAdd(long key) =>
        _journal is null ? null : new AddUndo(this, key, _live.TryGetValue(key, out var story) ? story.Copy() : null, _now, _clock, _sinceSweep);

    sealed class AddUndo(StoryClusterer owner, long key, LiveStory? before, DateTimeOffset now, long clock, int sinceSweep) : IStoryUndo
    {
        /// <summary>Terms whose posting list got the story's key appended (a new list when it was the first).</summary>
        public List<int> Appended { get; } = [];

        public void Undo()
        {
            for (var i = Appended.Count - 1; i >= 0; i--)
            {
                var list = owner._postings[Appended[i]];
                list.RemoveAt(list.Count - 1);
                if (list.Count == 0) owner._postings.Remove(Appended[i]);
            }
            if (before is null) owner._live.Remove(key);
            else owner._live[key] = before;
            owner._now = now;
            owner._clock = clock;
            owner._sinceSweep = sinceSweep;
        }
    }

    /// <summary>A story changed outside <see cref="Add"/> (a report left it): put back as it was.</summary>
    void RecordStory(LiveStory story)
    {
        if (_journal is null) return;
        var before = story.Copy();
        _journal.Record(new StoryUndo(() => _live[before.Key] = before));
    }

    sealed class StoryUndo(Action undo) : IStoryUndo
    {
        public void Undo() => undo();
    }

    /// <summary>What a sweep removed: the closed stories, the posting lists as they were, and the closings it reported.</summary>
    sealed class SweepUndo(StoryClusterer owner, List<LiveStory> stories) : IStoryUndo
    {
        public List<(int Term, List<long> Keys)> Lists { get; } = [];

        public int Closed => stories.Count;

        public void Undo()
        {
            foreach (var (term, keys) in Lists) owner._postings[term] = keys;
            foreach (var story in stories) owner._live[story.Key] = story;
            owner._closed.RemoveRange(owner._closed.Count - stories.Count, stories.Count);
        }
    }
}
