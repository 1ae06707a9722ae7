using Caravan.Dedup;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Stories;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Caravan.Ingest;

/// <summary>
/// The ingest's linking step: gives every new or changed article its duplicate-of, syndicated-from,
/// version-of and story links, with <see cref="ReportLinker"/> (the code `caravan cluster` runs),
/// and keeps the store's stories (first report, count, last report, closed) in step. Links are those of
/// a run in report order whatever the arrival order: a late report can move later ones to another story
/// (a replay), and those moves are stored too. On first use it warms the in-memory indexes from the
/// store's recent window. One at a time: refreshes of several sources running at once take turns here.
/// Worker processes sharing a store each have one, but only the holder of the store's linker role links,
/// everything any worker stored (its own refreshes and each <see cref="LinkPendingAsync"/>); the others
/// store and move on. One index, so the links are those a single process would make, whichever worker
/// fetched what. Desk corrections win: the store keeps pinned reports where the editor put them and
/// leads merged stories to the story they were merged into.
/// </summary>
public sealed partial class ArticleLinker(ICaravanStore store, TimeProvider time, DedupOptions? dedupOptions = null, StoryOptions? storyOptions = null, ILogger? log = null)
{
    const int PageSize = 500;
    const int MaxPendingPerPass = 10_000;

    readonly DedupOptions _dedupOptions = (dedupOptions ?? new DedupOptions()).Validate();
    readonly ReportLinker _linker = new(dedupOptions, storyOptions);
    readonly SemaphoreSlim _turn = new(1, 1);
    readonly ILogger _log = log ?? NullLogger.Instance;
    Dictionary<long, string> _sourceNames = [];
    // The people, places and countries of the articles being linked, read for the whole pass at once.
    Dictionary<long, IReadOnlyList<string>> _tagIds = [];
    bool _warm, _restored;

    /// <summary>
    /// Links the given articles (new or with a changed body) and any others stored unlinked (by other workers),
    /// in report order; nothing when another process holds the linker role, which then links them.
    /// </summary>
    public async Task LinkAsync(IReadOnlyList<long> articleIds, CancellationToken ct)
    {
        await _turn.WaitAsync(ct);
        try
        {
            if (!await store.TryHoldLinkerRoleAsync(ct)) return;
            if (!_warm) await WarmAsync(ct);
            // One read for the whole pass (not one per article): the store's round trips are the linker's cost on PostgreSQL.
            var ids = articleIds.Concat(await store.ListUnlinkedArticleIdsAsync(MaxPendingPerPass, ct)).Distinct().ToList();
            var articles = (await store.GetArticlesAsync(ids, ct)).Where(a => !a.LinkOnly).ToList();
            // Reports put back from the store are placed again in report order once, even with nothing new.
            if (articles.Count == 0 && !_restored) return;
            _restored = false;
            await ReadTagIdsAsync(articles, ct);
            if (articles.Any(a => !_sourceNames.ContainsKey(a.SourceId))) await LoadSourceNamesAsync(ct);
            var reports = new List<ReportToLink>(articles.Count);
            // A changed body under the same key is already a version in the store: it keeps its copy links,
            // but its story is weighed again.
            foreach (var a in articles)
                reports.Add(new ReportToLink(ToDocument(a), await TagIdsAsync(a, ct), ChangedBody: _linker.StoryOf(a.Id) is not null));
            await StoreAsync(_linker.Link(reports), ct);
            foreach (var key in _linker.Stories.TakeClosed())
                if (_storyIdOfKey.Remove(key, out var storyId) && await store.GetStoryAsync(storyId, ct) is { } closed)
                {
                    _keyOfStoryId.Remove(storyId);
                    await store.SaveStoryAsync(closed with { Closed = true }, ct);
                }
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Links what other worker processes stored since (the scheduler calls this every poll); nothing unless this process holds the linker role.</summary>
    public Task LinkPendingAsync(CancellationToken ct) => LinkAsync([], ct);

    /// <summary>Puts the store's recent articles (within the de-duplication window) back into memory with their links, in report order.</summary>
    async Task WarmAsync(CancellationToken ct)
    {
        await LoadSourceNamesAsync(ct);
        var cutoff = time.GetUtcNow() - _dedupOptions.IndexWindow;
        var recent = new List<Article>();
        ArticleQuery query = new() { IncludeDuplicates = true, Limit = PageSize };
        while (true)
        {
            var page = await store.ListArticlesAsync(query, ct);
            recent.AddRange(page.Where(a => (a.PublishedAt ?? a.FirstSeenAt) >= cutoff));
            if (page.Count < PageSize || (page[^1].PublishedAt ?? page[^1].FirstSeenAt) < cutoff) break;
            query = query with { BeforeTime = page[^1].PublishedAt ?? page[^1].FirstSeenAt, BeforeId = page[^1].Id };
        }
        // Unlinked ones (another worker stored them) come in through the pending list.
        recent = recent.Where(a => a.StoryId is not null && !a.LinkOnly).OrderBy(ToDocument, Comparer<DedupDocument>.Create(ReportOrder.Compare)).ToList();
        await ReadTagIdsAsync(recent, ct);
        foreach (var a in recent)
        {
            var storyId = a.StoryId!.Value;
            if (!_keyOfStoryId.TryGetValue(storyId, out var key))
            {
                key = (await store.GetStoryAsync(storyId, ct))?.FirstArticleId ?? a.Id;
                _keyOfStoryId[storyId] = key;
                _storyIdOfKey[key] = storyId;
            }
            _linker.Restore(ToDocument(a), new DedupLinks { DuplicateOf = a.DuplicateOfId, SyndicatedFrom = a.SyndicatedFromId, VersionOf = a.VersionOfId }, key, await TagIdsAsync(a, ct));
        }
        _warm = true;
        _restored = recent.Count > 0;
        _log.LogInformation("Linking warmed with {Count} recent articles", recent.Count);
    }

    /// <summary>The article's people, places, organisations and countries, as tagging stored them.</summary>
    async Task<IReadOnlyList<string>> TagIdsAsync(Article a, CancellationToken ct) =>
        _tagIds.TryGetValue(a.Id, out var ids) ? ids : StoryTags.From(await store.ListTagsAsync(a.Id, ct));

    /// <summary>Reads the tags of a pass's (or the warm-up's) articles in one query: one round trip, not one per article.</summary>
    async Task ReadTagIdsAsync(IReadOnlyList<Article> articles, CancellationToken ct)
    {
        var tags = await store.ListTagsAsync(articles.Select(a => a.Id).ToList(), ct);
        _tagIds = articles.ToDictionary(a => a.Id, a => StoryTags.From(tags.GetValueOrDefault(a.Id) ?? []));
    }

    async Task LoadSourceNamesAsync(CancellationToken ct) =>
        _sourceNames = (await store.ListSourcesAsync(ct)).ToDictionary(s => s.Id, s => s.Name);

    DedupDocument ToDocument(Article a) => new()
    {
        Id = a.Id,
        Source = a.SourceId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        SourceName = _sourceNames.GetValueOrDefault(a.SourceId),
        ItemKey = a.ItemKey,
        Title = a.Title,
        Text = a.Text,
        Published = a.PublishedAt ?? a.FirstSeenAt,
        Language = a.Language,
        Url = a.Url,
        OriginalOutlet = a.OriginalOutlet,
        OriginalUrl = a.OriginalUrl,
    };
}
