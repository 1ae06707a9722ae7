using Caravan.Dedup;

namespace Caravan.Stories;

/// <summary>
/// Story membership that does not depend on arrival order: it is defined as what <see cref="StoryClusterer"/>
/// gives when reports come in report order (<see cref="ReportOrder"/>: publication time, source id, item key),
/// however they arrive (several workers, several sources at once). Recent reports are kept in a log in that
/// order, and the clusterer keeps an undo journal of what placing each of them changed. A pass's reports that
/// come before some logged ones are put in their places, the clusterer is rolled back to where the earliest of
/// them belongs (taking back only the reports after it, newest first), and the log is placed again from there:
/// once per pass, however many reports it holds (a replay). Reports before that point keep their stories and are
/// not touched. Document frequencies are learnt in the same order, so the vectors are those of an ordered run
/// too. The log is bounded by <see cref="StoryOptions.ReplayWindow"/> and <see cref="StoryOptions.MaxReplayReports"/>;
/// the journal is committed as reports leave it; a report older than the whole log is placed without replay.
/// A story's key is the id of its first report in report order.
/// </summary>
public sealed class OrderedStoryClusterer
{
    readonly Func<long, long?> _keyOfOlder;
    readonly StoryOptions _options;
    readonly List<Entry> _log = [];
    readonly Dictionary<long, Entry> _entries = [];
    readonly Dictionary<long, long> _changed = [];
    readonly Comparer<Entry> _order = Comparer<Entry>.Create((a, b) => ReportOrder.Compare(a.Order, b.Order));
    // Holds every report placed so far: the settled ones (before the log) for good, the log's in its journal.
    readonly StoryClusterer _clusterer;
    Entry? _lastSettled;
    int _firstDirty = int.MaxValue;
    // The journal position after the last run placed the log in order (before copies whose original never came); -1: none.
    long _endMark = -1;
    DateTimeOffset _latest = DateTimeOffset.MinValue;

    public OrderedStoryClusterer(Func<long, long?> keyOfOlder, StoryOptions? options = null)
    {
        _keyOfOlder = keyOfOlder;
        _options = (options ?? new StoryOptions()).Validate();
        _clusterer = new StoryClusterer(options);
        _clusterer.StartJournal();
    }

    /// <summary>Placements so far, first ones and replays (over the number of reports: the cost of replaying).</summary>
    public long Placements { get; private set; }

    /// <summary>Reports in the log (those a late arrival can still move).</summary>
    public int LogCount => _log.Count;

    /// <summary>The clusterer holding every report placed so far.</summary>
    public StoryClusterer Live => _clusterer;

    /// <summary>
    /// A new report; <paramref name="follows"/> is the report it copies or updates (it joins that report's story).
    /// Its story is known after <see cref="Settle"/>.
    /// </summary>
    public void Add(DedupDocument order, StoryDocument doc, long? follows) => Insert(new Entry(order, doc) { Follows = follows });

    /// <summary>A report placed earlier, with its known story (warming from the store): it is placed again when a replay reaches it.</summary>
    public void Restore(DedupDocument order, StoryDocument doc, long? follows, long storyKey) =>
        Insert(new Entry(order, doc) { Follows = follows, Key = storyKey });

    /// <summary>A report's original changed (an earlier original arrived): it now follows <paramref name="follows"/>.</summary>
    public void SetFollows(long id, long? follows)
    {
        if (!_entries.TryGetValue(id, out var e) || e.Follows == follows) return;
        e.Follows = follows;
        MarkDirty(e);
    }

    /// <summary>
    /// A new body of a report placed earlier: placed again with it, as if it had always had it. Older than the log,
    /// it is weighed against its story in place (<see cref="StoryClusterer.Reconsider"/>).
    /// </summary>
    public void Replace(StoryDocument doc, long currentKey)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (_entries.TryGetValue(doc.Id, out var e))
        {
            e.Doc = doc;
            MarkDirty(e);
            return;
        }
        ToSettled();
        var key = _clusterer.Reconsider(currentKey, doc);
        _clusterer.Commit(_clusterer.JournalPosition);
        if (key != currentKey) _changed[doc.Id] = key;
    }

    /// <summary>
    /// Places what was added since the last call, replaying the log when a report came before others; returns
    /// every report whose story key is new or changed, with that key.
    /// </summary>
    public IReadOnlyDictionary<long, long> Settle()
    {
        if (_firstDirty != int.MaxValue) Run();
        Trim();
        var changed = new Dictionary<long, long>(_changed);
        _changed.Clear();
        return changed;
    }

    /// <summary>The key of the story a report in the log is in.</summary>
    public long? KeyOf(long id) => _entries.TryGetValue(id, out var e) && e.Key != 0 ? e.Key : null;

    /// <summary>Keys of stories closed since the last call (closed in report order: idle beyond the window, or beyond the maximum).</summary>
    public IReadOnlyList<long> TakeClosed() => _clusterer.TakeClosed();

    /// <summary>Changes the journal holds (what a replay can take back).</summary>
    public int JournalCount => _clusterer.JournalCount;

    void Insert(Entry e)
    {
        ArgumentNullException.ThrowIfNull(e.Doc);
        if (_entries.ContainsKey(e.Id)) throw new ArgumentException($"Report {e.Id} was placed already.", nameof(e));
        if (e.Order.Published is { } t && t > _latest) _latest = t;
        if (_lastSettled is not null && _order.Compare(e, _lastSettled) < 0)
        {
            PlaceTooLate(e);
            return;
        }
        var at = _log.BinarySearch(e, _order);
        at = at < 0 ? ~at : at;
        _log.Insert(at, e);
        _entries[e.Id] = e;
        _firstDirty = Math.Min(_firstDirty, at);
    }

    /// <summary>Older than every report in the log (beyond the replay bound): placed among the settled reports, where it would have been.</summary>
    void PlaceTooLate(Entry e)
    {
        ToSettled();
        var followed = e.Follows is { } f ? _entries.TryGetValue(f, out var t) ? t.Key : _keyOfOlder(f) : null;
        long key;
        if (followed is { } k && k != 0) _clusterer.Join(key = k, e.Doc);
        else key = _clusterer.Place(e.Doc);
        _clusterer.Commit(_clusterer.JournalPosition);
        _changed[e.Id] = key;
    }

    /// <summary>Rolls the whole log back (the clusterer holds the settled reports only); the next run places all of it again.</summary>
    void ToSettled()
    {
        _clusterer.RollBack(MarkAt(0));
        foreach (var e in _log) e.Mark = e.PlacedAt = -1;
        _endMark = -1;
        _firstDirty = 0;
    }

    void MarkDirty(Entry e) => _firstDirty = Math.Min(_firstDirty, _log.BinarySearch(e, _order));

    /// <summary>The journal position where the last run came to log position <paramref name="at"/>: rolled back to it, the reports before it stay placed.</summary>
    long MarkAt(int at)
    {
        for (var i = at; i < _log.Count; i++)
            if (_log[i].Mark >= 0) return _log[i].Mark;
        return _endMark >= 0 ? _endMark : _clusterer.JournalPosition;
    }

    /// <summary>Rolls back to the first changed place in the log and places every report from there on, in report order.</summary>
    void Run()
    {
        var from = Math.Min(_firstDirty, _log.Count);
        var mark = MarkAt(from);
        _clusterer.RollBack(mark);
        // Copies before that place whose original comes after it were placed after it too (they waited): they wait again.
        var waited = _log.Take(from).Where(e => e.PlacedAt >= mark).ToList();
        foreach (var e in waited.Concat(_log.Skip(from))) e.PlacedAt = -1;
        var waiting = new Dictionary<long, List<Entry>>();
        foreach (var e in waited) Place(e, waiting);
        for (var i = from; i < _log.Count; i++)
        {
            _log[i].Mark = _clusterer.JournalPosition;
            Place(_log[i], waiting);
        }
        _endMark = _clusterer.JournalPosition;
        // Copies whose original never came (they name each other): placed last, in report order.
        foreach (var e in _log)
            if (e.PlacedAt < 0) Decide(e, waiting);
        _firstDirty = int.MaxValue;
    }

    void Place(Entry e, Dictionary<long, List<Entry>> waiting)
    {
        // A copy whose original comes later in report order (an attribution named it) waits for it.
        if (e.Follows is { } f && _entries.TryGetValue(f, out var original) && original.PlacedAt < 0)
        {
            if (!waiting.TryGetValue(f, out var list)) waiting[f] = list = [];
            list.Add(e);
            return;
        }
        Decide(e, waiting);
    }

    void Decide(Entry e, Dictionary<long, List<Entry>> waiting)
    {
        if (e.PlacedAt >= 0) return;
        e.PlacedAt = _clusterer.JournalPosition;
        long key;
        var followed = e.Follows is { } f ? _entries.TryGetValue(f, out var o) ? o.Key : _keyOfOlder(f) : null;
        if (followed is { } k && k != 0) _clusterer.Join(key = k, e.Doc);
        else key = _clusterer.Place(e.Doc);
        if (key != e.Key) { e.Key = key; _changed[e.Id] = key; }
        Placements++;
        if (waiting.Remove(e.Id, out var copies))
            foreach (var copy in copies) Decide(copy, waiting);
    }

    /// <summary>
    /// Moves the oldest reports out of the log (beyond the bound or the window) and commits their changes. Only up to
    /// a place no earlier report was placed after (a copy waiting for a later original stays in the log with it).
    /// </summary>
    void Trim()
    {
        var cutoff = _latest == DateTimeOffset.MinValue ? DateTimeOffset.MinValue : _latest - _options.ReplayWindow;
        var wanted = 0;
        while (wanted < _log.Count && (_log.Count - wanted > _options.MaxReplayReports || _log[wanted].Order.Published is { } t && t < cutoff)) wanted++;
        int count = 0, clean = 0;
        var lastPlaced = -1L;
        while (count < wanted && _log[count].PlacedAt >= 0)
        {
            lastPlaced = Math.Max(lastPlaced, _log[count].PlacedAt);
            count++;
            if (count == _log.Count || _log[count].Mark > lastPlaced) clean = count;
        }
        if (clean == 0) return;
        var commit = clean == _log.Count ? _clusterer.JournalPosition : _log[clean].Mark;
        _clusterer.Commit(commit);
        if (clean == _log.Count) _endMark = commit;
        foreach (var e in _log.Take(clean)) _entries.Remove(e.Id);
        _lastSettled = _log[clean - 1];
        _log.RemoveRange(0, clean);
    }

    sealed class Entry(DedupDocument order, StoryDocument doc)
    {
        public DedupDocument Order { get; } = order;
        public StoryDocument Doc { get; set; } = doc;
        public long Id => Doc.Id;
        public long? Follows { get; set; }
        /// <summary>The story key; 0 before the report is placed.</summary>
        public long Key { get; set; }
        /// <summary>The journal position when the last run came to this report's place in the log; -1: not run since it came or moved.</summary>
        public long Mark { get; set; } = -1;
        /// <summary>The journal position its placement starts at; -1: not placed in the clusterer's present state.</summary>
        public long PlacedAt { get; set; } = -1;
    }
}
