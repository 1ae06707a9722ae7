using Caravan.Dedup;

namespace Caravan.Stories;

/// <summary>
/// Story membership that does not depend on arrival order: it is defined as what <see cref="StoryClusterer"/>
/// gives when reports come in report order (<see cref="ReportOrder"/>: publication time, source id, item key),
/// however they arrive (several workers, several sources at once). Recent reports are kept in a log in that
/// order. A report that comes before some of them is put in its place, and the log is run again from a copy
/// of the clusterer as it stood before the log: reports before the insertion point keep their stories, every
/// report from it on is placed again (a replay). Document frequencies are learnt in the same order, so the
/// vectors are those of an ordered run too. The log is bounded by <see cref="StoryOptions.ReplayWindow"/> and
/// <see cref="StoryOptions.MaxReplayReports"/>; a report older than the whole log is placed without replay.
/// A story's key is the id of its first report in report order.
/// </summary>
public sealed class OrderedStoryClusterer(Func<long, long?> keyOfOlder, StoryOptions? options = null)
{
    readonly StoryOptions _options = (options ?? new StoryOptions()).Validate();
    readonly List<Entry> _log = [];
    readonly Dictionary<long, Entry> _entries = [];
    readonly Dictionary<long, long> _changed = [];
    readonly Comparer<Entry> _order = Comparer<Entry>.Create((a, b) => ReportOrder.Compare(a.Order, b.Order));
    // The clusterer as it stood before the log's first report; the live one has run the log's first _liveThrough reports since.
    StoryClusterer _settled = new(options);
    StoryClusterer _live = new(options);
    Entry? _lastSettled;
    int _liveThrough, _firstDirty = int.MaxValue, _pass;
    DateTimeOffset _latest = DateTimeOffset.MinValue;

    /// <summary>Placements so far, first ones and replays (over the number of reports: the cost of replaying).</summary>
    public long Placements { get; private set; }

    /// <summary>Reports in the log (those a late arrival can still move).</summary>
    public int LogCount => _log.Count;

    /// <summary>The clusterer holding every report placed so far.</summary>
    public StoryClusterer Live => _live;

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
        var key = _settled.Reconsider(currentKey, doc);
        if (key != currentKey) _changed[doc.Id] = key;
        // The live clusterer is rebuilt from the settled one, which now holds the new body.
        _liveThrough = 0;
        _firstDirty = Math.Min(_firstDirty, _log.Count);
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
    public IReadOnlyList<long> TakeClosed() => _settled.TakeClosed();

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
        if (at < _liveThrough) _liveThrough = 0;
        _firstDirty = Math.Min(_firstDirty, at);
    }

    /// <summary>Older than every report in the log (beyond the replay bound): placed among the settled reports, where it would have been.</summary>
    void PlaceTooLate(Entry e)
    {
        var followed = e.Follows is { } f ? _entries.TryGetValue(f, out var t) ? t.Key : keyOfOlder(f) : null;
        long key;
        if (followed is { } k && k != 0) _settled.Join(key = k, e.Doc);
        else key = _settled.Place(e.Doc);
        _changed[e.Id] = key;
        _liveThrough = 0;
        _firstDirty = Math.Min(_firstDirty, _log.Count);
    }

    void MarkDirty(Entry e)
    {
        var at = _log.BinarySearch(e, _order);
        if (at < _liveThrough) _liveThrough = 0;
        _firstDirty = Math.Min(_firstDirty, at);
    }

    /// <summary>Runs the log from where the live clusterer stands: on from its end when only new reports came after it, else from a copy of the settled state.</summary>
    void Run()
    {
        if (_liveThrough == 0 || _firstDirty < _liveThrough)
        {
            _live = _settled.Copy();
            _live.TakeClosed();
            _liveThrough = 0;
            _pass++;
        }
        var waiting = new Dictionary<long, List<Entry>>();
        for (var i = _liveThrough; i < _log.Count; i++) Place(_log[i], i >= _firstDirty, waiting);
        // Nothing waits past the run: every original in the log was placed in it.
        foreach (var e in waiting.Values.SelectMany(w => w).ToList()) Decide(e, 0, waiting);
        _liveThrough = _log.Count;
        _firstDirty = int.MaxValue;
        // Stories closed while replaying close for good only when the settled clusterer closes them.
        _live.TakeClosed();
    }

    void Place(Entry e, bool decide, Dictionary<long, List<Entry>> waiting)
    {
        // A copy whose original comes later in report order (an attribution named it) waits for it.
        if (e.Follows is { } f && _entries.TryGetValue(f, out var original) && original.Pass != _pass)
        {
            if (!waiting.TryGetValue(f, out var list)) waiting[f] = list = [];
            list.Add(e);
            return;
        }
        Decide(e, decide ? 0 : e.Key, waiting);
    }

    void Decide(Entry e, long known, Dictionary<long, List<Entry>> waiting)
    {
        long key;
        var followed = e.Follows is { } f ? _entries.TryGetValue(f, out var o) ? o.Key : keyOfOlder(f) : null;
        if (followed is { } k && k != 0) _live.Join(key = k, e.Doc);
        else if (known != 0) _live.Join(key = known, e.Doc);
        else key = _live.Place(e.Doc);
        if (key != e.Key) { e.Key = key; _changed[e.Id] = key; }
        e.Pass = _pass;
        Placements++;
        if (waiting.Remove(e.Id, out var copies))
            foreach (var copy in copies) Decide(copy, 0, waiting);
    }

    /// <summary>Moves the oldest reports out of the log (beyond the bound or the window) into the settled clusterer, in order.</summary>
    void Trim()
    {
        var cutoff = _latest == DateTimeOffset.MinValue ? DateTimeOffset.MinValue : _latest - _options.ReplayWindow;
        var count = 0;
        while (count < _log.Count && (_log.Count - count > _options.MaxReplayReports || _log[count].Order.Published is { } t && t < cutoff)) count++;
        if (count == 0) return;
        foreach (var e in _log.Take(count))
        {
            _settled.Join(e.Key, e.Doc);
            _entries.Remove(e.Id);
        }
        _lastSettled = _log[count - 1];
        _log.RemoveRange(0, count);
        _liveThrough = Math.Max(0, _liveThrough - count);
    }

    sealed class Entry(DedupDocument order, StoryDocument doc)
    {
        public DedupDocument Order { get; } = order;
        public StoryDocument Doc { get; set; } = doc;
        public long Id => Doc.Id;
        public long? Follows { get; set; }
        /// <summary>The story key; 0 before the report is placed.</summary>
        public long Key { get; set; }
        /// <summary>The run of the live clusterer that last placed it.</summary>
        public int Pass { get; set; } = -1;
    }
}
