using Caravan.Dedup;

namespace Caravan.Stories;

/// <summary>What linking decided for one report: its de-duplication links and its story (the key of the story's first report).</summary>
public sealed record LinkedReport(long Id, long StoryKey, DedupLinks Links);

/// <summary>A report to link: new, or a new body of one linked before (<paramref name="ChangedBody"/>); <paramref name="TagIds"/> are its tags (<see cref="StoryTags"/>), when tagged.</summary>
public sealed record ReportToLink(DedupDocument Doc, IReadOnlyList<string>? TagIds = null, bool ChangedBody = false);

/// <summary>
/// What one linking call decided: the new reports with their links and stories, and every report (new or
/// linked before) whose story key is new or changed, because a report that came before it arrived late,
/// or whose body was replaced by one about another event (<paramref name="Replaced"/>).
/// </summary>
public sealed record LinkOutcome(IReadOnlyList<LinkedReport> Linked, IReadOnlyDictionary<long, long> StoryKeys, IReadOnlyList<long> Replaced);

/// <summary>
/// The one linking step that both the ingest (<c>Ingest/ArticleLinker</c>) and <c>caravan cluster</c>
/// run: de-duplication first (a duplicate, version or copy follows its original into the original's
/// story, so copies never make stories of their own), then story clustering for the rest, in report
/// order whatever the arrival order (<see cref="OrderedStoryClusterer"/>).
/// In memory, bounded by the de-duplication window, the live-story bound and the replay bound.
/// </summary>
public sealed class ReportLinker
{
    const int EvictEvery = 1024;

    readonly DedupOptions _dedupOptions;
    readonly Dictionary<long, long> _storyOf = [];
    readonly Queue<(DateTimeOffset Time, long Id)> _arrivals = new();
    DateTimeOffset _latest = DateTimeOffset.MinValue;
    int _sinceEvict;

    public ReportLinker(DedupOptions? dedupOptions = null, StoryOptions? storyOptions = null)
    {
        _dedupOptions = (dedupOptions ?? new DedupOptions()).Validate();
        Copies = new CopyDetector(dedupOptions);
        Stories = new OrderedStoryClusterer(id => _storyOf.TryGetValue(id, out var key) ? key : null, storyOptions);
    }

    public CopyDetector Copies { get; }
    public OrderedStoryClusterer Stories { get; }

    /// <summary>Links a new report (in report order, as `caravan cluster` reads them).</summary>
    public LinkedReport Link(DedupDocument doc, IReadOnlyList<string>? tagIds = null) => Link([new ReportToLink(doc, tagIds)]).Linked[0];

    /// <summary>
    /// Links reports in report order: new ones get their copy links and a story; a new body of a report linked
    /// earlier keeps its copy links and, when no longer a near-duplicate of the old body (a replaced text can be
    /// another event), is placed again. Reports linked before whose story changed are in <see cref="LinkOutcome.StoryKeys"/>.
    /// </summary>
    public LinkOutcome Link(IReadOnlyList<ReportToLink> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var linked = new List<(DedupDocument Doc, DedupLinks Links)>();
        var replaced = new List<long>();
        foreach (var r in reports.OrderBy(r => r.Doc, Comparer<DedupDocument>.Create(ReportOrder.Compare)))
        {
            if (r.ChangedBody && _storyOf.ContainsKey(r.Doc.Id))
            {
                // A copy follows its original; a light edit (a near-duplicate of the old body) is the same report.
                if (Copies.TargetOf(r.Doc.Id) is null && !Copies.IsNearRemembered(r.Doc))
                {
                    Stories.Replace(ToStoryDocument(r.Doc, r.TagIds), _storyOf[r.Doc.Id]);
                    replaced.Add(r.Doc.Id);
                }
                continue;
            }
            var links = Copies.Add(r.Doc);
            Stories.Add(r.Doc, ToStoryDocument(r.Doc, r.TagIds), links.Target);
            foreach (var moved in links.Repointed) Stories.SetFollows(moved.Id, moved.Links.Target);
            linked.Add((r.Doc, links));
        }
        var keys = new Dictionary<long, long>(Stories.Settle());
        foreach (var (id, key) in keys) _storyOf[id] = key;
        // A replaced body left its story even when it keeps the key (it was the story's first report).
        foreach (var id in replaced) keys.TryAdd(id, _storyOf[id]);
        var outcome = new LinkOutcome(linked.Select(l => new LinkedReport(l.Doc.Id, _storyOf[l.Doc.Id], l.Links)).ToList(), keys, replaced);
        foreach (var (doc, _) in linked) Remember(doc);
        return outcome;
    }

    /// <summary>Puts back a report linked earlier (warming from the store) with its known links and story; the next <see cref="Link(IReadOnlyList{ReportToLink})"/> places it again in report order.</summary>
    public void Restore(DedupDocument doc, DedupLinks known, long storyKey, IReadOnlyList<string>? tagIds = null)
    {
        ArgumentNullException.ThrowIfNull(known);
        Copies.Add(doc, known);
        Stories.Restore(doc, ToStoryDocument(doc, tagIds), known.Target, storyKey);
        _storyOf[doc.Id] = storyKey;
        Remember(doc);
    }

    /// <summary>The story key a recent report was placed in.</summary>
    public long? StoryOf(long id) => _storyOf.TryGetValue(id, out var s) ? s : null;

    void Remember(DedupDocument doc)
    {
        var time = doc.Published ?? _latest;
        if (time > _latest) _latest = time;
        _arrivals.Enqueue((time, doc.Id));
        if (++_sinceEvict < EvictEvery || _latest == DateTimeOffset.MinValue) return;
        _sinceEvict = 0;
        var cutoff = _latest - _dedupOptions.IndexWindow;
        Copies.Evict(cutoff);
        // Reports still in the replay log keep their keys: a replay may need them.
        while (_arrivals.TryPeek(out var a) && a.Time < cutoff)
            if (Stories.KeyOf(_arrivals.Dequeue().Id) is null) _storyOf.Remove(a.Id);
    }

    static StoryDocument ToStoryDocument(DedupDocument doc, IReadOnlyList<string>? tagIds) => new()
    {
        Id = doc.Id, Source = doc.Source, Title = doc.Title, Text = doc.Text, Published = doc.Published, Language = doc.Language, TagIds = tagIds ?? [],
    };
}
