using Caravan.Dedup;

namespace Caravan.Stories;

/// <summary>What linking decided for one report: its de-duplication links and its story (the key of the story's first report).</summary>
public sealed record LinkedReport(long Id, long StoryKey, DedupLinks Links);

/// <summary>
/// The one linking step that both the ingest (<c>Ingest/ArticleLinker</c>) and <c>caravan cluster</c>
/// run: de-duplication first (a duplicate, version or copy follows its original into the original's
/// story, so copies never make stories of their own), then story clustering for the rest.
/// In memory, bounded by the de-duplication window and the live-story bound.
/// </summary>
public sealed class ReportLinker(DedupOptions? dedupOptions = null, StoryOptions? storyOptions = null)
{
    const int EvictEvery = 1024;

    readonly DedupOptions _dedupOptions = (dedupOptions ?? new DedupOptions()).Validate();
    readonly Dictionary<long, long> _storyOf = [];
    readonly Queue<(DateTimeOffset Time, long Id)> _arrivals = new();
    DateTimeOffset _latest = DateTimeOffset.MinValue;
    int _sinceEvict;

    public CopyDetector Copies { get; } = new(dedupOptions);
    public StoryClusterer Stories { get; } = new(storyOptions);

    /// <summary>Links a new report; <paramref name="tagIds"/> are its tags (<see cref="StoryTags"/>), when tagged.</summary>
    public LinkedReport Link(DedupDocument doc, IReadOnlyList<string>? tagIds = null)
    {
        var links = Copies.Add(doc);
        var storyDoc = ToStoryDocument(doc, tagIds);
        long story;
        if (links.Target is { } target && _storyOf.TryGetValue(target, out var followed))
            Stories.Join(story = followed, storyDoc);
        else if (links.NowCopiesOfThis.FirstOrDefault(id => _storyOf.ContainsKey(id)) is var first && first != 0 && _storyOf.TryGetValue(first, out var theirs))
            Stories.Join(story = theirs, storyDoc);
        else
            story = Stories.Place(storyDoc);
        Remember(doc, story);
        return new LinkedReport(doc.Id, story, links);
    }

    /// <summary>
    /// A new body of a report linked earlier (same outlet and key): its copy links stay; when the body is
    /// no longer a near-duplicate of the old one its story is weighed again (a replaced text can be another event). Copies, duplicates and
    /// versions keep following their original. Returns the story key it ends in.
    /// </summary>
    public long Relink(DedupDocument doc, IReadOnlyList<string>? tagIds = null)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var current = _storyOf.GetValueOrDefault(doc.Id, doc.Id);
        // A copy follows its original; a light edit (a near-duplicate of the old body) is the same report.
        if (Copies.TargetOf(doc.Id) is not null || Copies.IsNearRemembered(doc)) return current;
        var story = Stories.Reconsider(current, ToStoryDocument(doc, tagIds));
        _storyOf[doc.Id] = story;
        return story;
    }

    /// <summary>Puts back a report linked earlier (warming from the store): no decision, the known links and story are kept.</summary>
    public void Restore(DedupDocument doc, DedupLinks known, long storyKey, IReadOnlyList<string>? tagIds = null)
    {
        Copies.Add(doc, known);
        Stories.Join(storyKey, ToStoryDocument(doc, tagIds));
        Remember(doc, storyKey);
    }

    /// <summary>The story key a recent report was placed in.</summary>
    public long? StoryOf(long id) => _storyOf.TryGetValue(id, out var s) ? s : null;

    void Remember(DedupDocument doc, long story)
    {
        _storyOf[doc.Id] = story;
        var time = doc.Published ?? _latest;
        if (time > _latest) _latest = time;
        _arrivals.Enqueue((time, doc.Id));
        if (++_sinceEvict < EvictEvery || _latest == DateTimeOffset.MinValue) return;
        _sinceEvict = 0;
        var cutoff = _latest - _dedupOptions.IndexWindow;
        Copies.Evict(cutoff);
        while (_arrivals.TryPeek(out var a) && a.Time < cutoff) _storyOf.Remove(_arrivals.Dequeue().Id);
    }

    static StoryDocument ToStoryDocument(DedupDocument doc, IReadOnlyList<string>? tagIds) => new()
    {
        Id = doc.Id, Source = doc.Source, Title = doc.Title, Text = doc.Text, Published = doc.Published, Language = doc.Language, TagIds = tagIds ?? [],
    };
}
