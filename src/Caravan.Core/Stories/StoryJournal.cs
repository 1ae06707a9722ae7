namespace Caravan.Stories;

/// <summary>One change to a clusterer's state that can be taken back.</summary>
interface IStoryUndo
{
    void Undo();

    /// <summary>Stories this change closed (a sweep): they close for good only once the change is committed.</summary>
    int Closed => 0;
}

/// <summary>
/// An undo journal: the changes a <see cref="StoryClusterer"/> made since a committed point, newest last.
/// Positions count every change ever recorded, so a position taken before a change stays valid while later
/// ones are committed or rolled back. <see cref="OrderedStoryClusterer"/> rolls back to where a late report
/// belongs and places again only what follows it, instead of copying the whole clusterer.
/// </summary>
sealed class StoryJournal
{
    readonly List<IStoryUndo> _changes = [];
    long _committed;

    /// <summary>The position after the newest change.</summary>
    public long Position => _committed + _changes.Count;

    /// <summary>Changes that can still be rolled back.</summary>
    public int Count => _changes.Count;

    public void Record(IStoryUndo change) => _changes.Add(change);

    /// <summary>Takes back every change from <paramref name="position"/> on, newest first.</summary>
    public void RollBack(long position)
    {
        if (position < _committed) throw new InvalidOperationException($"Cannot roll back to {position}: changes up to {_committed} are committed.");
        while (Position > position)
        {
            var change = _changes[^1];
            _changes.RemoveAt(_changes.Count - 1);
            change.Undo();
        }
    }

    /// <summary>Forgets the changes before <paramref name="position"/> (they can no longer be taken back); returns the stories they closed.</summary>
    public int Commit(long position)
    {
        var count = (int)Math.Clamp(position - _committed, 0, _changes.Count);
        var closed = 0;
        for (var i = 0; i < count; i++) closed += _changes[i].Closed;
        _changes.RemoveRange(0, count);
        _committed += count;
        return closed;
    }
}
