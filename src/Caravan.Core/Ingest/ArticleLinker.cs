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
/// and keeps the store's stories (first report, count, last report, closed) in step. On first use it
/// warms the in-memory indexes from the store's recent window. One at a time: refreshes of several
/// sources running at once take turns here. Worker processes sharing a store each have one, but only the
/// holder of the store's linker role links, everything any worker stored (its own refreshes and each
/// <see cref="LinkPendingAsync"/>); the others store and move on. One index, so the links are those a
/// single process would make, whichever worker fetched what.
/// </summary>
public sealed class ArticleLinker(ICaravanStore store, TimeProvider time, DedupOptions? dedupOptions = null, StoryOptions? storyOptions = null, ILogger? log = null)
{
    const int PageSize = 500;
    const int MaxPendingPerPass = 10_000;

    readonly DedupOptions _dedupOptions = (dedupOptions ?? new DedupOptions()).Validate();
    readonly ReportLinker _linker = new(dedupOptions, storyOptions);
    readonly SemaphoreSlim _turn = new(1, 1);
    readonly ILogger _log = log ?? NullLogger.Instance;
    // The clusterer names a story by its first report's id; the store by its own id.
    readonly Dictionary<long, long> _storyIdOfKey = [];
    readonly Dictionary<long, long> _keyOfStoryId = [];
    Dictionary<long, string> _sourceNames = [];
    // The people, places and countries of the articles being linked, read for the whole pass at once.
    Dictionary<long, IReadOnlyList<string>> _tagIds = [];
    bool _warm;

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
            if (articles.Count == 0) return;
            await ReadTagIdsAsync(articles, ct);
            if (articles.Any(a => !_sourceNames.ContainsKey(a.SourceId))) await LoadSourceNamesAsync(ct);
            foreach (var article in articles.OrderBy(ToDocument, Comparer<DedupDocument>.Create(ReportOrder.Compare)))
                // A changed body under the same key is already a version in the store: it keeps its copy
                // links, but its story is weighed again.
                if (_linker.StoryOf(article.Id) is null) await LinkOneAsync(article, ct);
                else await RelinkAsync(article, ct);
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

    async Task LinkOneAsync(Article article, CancellationToken ct)
    {
        var linked = _linker.Link(ToDocument(article), await TagIdsAsync(article, ct));
        var storyId = await SaveStoryAsync(linked.StoryKey, article, ct);
        var links = linked.Links;
        await store.SetArticleLinksAsync(article.Id, new ArticleLinks(links.DuplicateOf, links.SyndicatedFrom, storyId, links.SimHash) { VersionOfId = links.VersionOf }, ct);
        // The original arrived after its copies: they now point at it, as if it had come first.
        foreach (var (copyId, moved) in links.Repointed)
            if (await store.GetArticleAsync(copyId, ct) is { } copy)
                await store.SetArticleLinksAsync(copyId, new ArticleLinks(moved.DuplicateOf, moved.SyndicatedFrom, copy.StoryId ?? storyId, copy.SimHash) { VersionOfId = moved.VersionOf }, ct);
        if (links.Target is not null || links.Repointed.Count > 0)
            _log.LogDebug("Article {Id}: duplicate of {Dup}, copy of {Synd}, version of {Version}", article.Id, links.DuplicateOf, links.SyndicatedFrom, links.VersionOf);
    }

    async Task RelinkAsync(Article article, CancellationToken ct)
    {
        var key = _linker.Relink(ToDocument(article), await TagIdsAsync(article, ct));
        if (_storyIdOfKey.TryGetValue(key, out var same) && same == article.StoryId) return;
        var storyId = await SaveStoryAsync(key, article, ct);
        await store.SetArticleLinksAsync(article.Id, new ArticleLinks(article.DuplicateOfId, article.SyndicatedFromId, storyId, article.SimHash) { VersionOfId = article.VersionOfId }, ct);
        _log.LogDebug("Article {Id}: changed body moves it from story {Old} to {New}", article.Id, article.StoryId, storyId);
        if (article.StoryId is { } old) await RecountAsync(old, ct);
    }

    /// <summary>A story a report left: its count, first and latest report again from its members; closed when none is left.</summary>
    async Task RecountAsync(long storyId, CancellationToken ct)
    {
        if (await store.GetStoryAsync(storyId, ct) is not { } story) return;
        var members = await store.ListArticlesAsync(new ArticleQuery { StoryId = storyId, IncludeDuplicates = true, Limit = ArticleQuery.MaxLimit }, ct);
        if (members.Count == 0) { await store.SaveStoryAsync(story with { ArticleCount = 0, Closed = true }, ct); return; }
        var first = members.MinBy(ToDocument, Comparer<DedupDocument>.Create(ReportOrder.Compare))!;
        await store.SaveStoryAsync(story with
        {
            ArticleCount = members.Count, FirstArticleId = first.Id, FirstSeenAt = first.PublishedAt ?? first.FirstSeenAt,
            LastSeenAt = members.Max(a => a.PublishedAt ?? a.FirstSeenAt),
        }, ct);
    }

    async Task<long> SaveStoryAsync(long key, Article article, CancellationToken ct)
    {
        var at = article.PublishedAt ?? article.FirstSeenAt;
        if (_storyIdOfKey.TryGetValue(key, out var id) && await store.GetStoryAsync(id, ct) is { } story)
        {
            var isFirst = at < story.FirstSeenAt || at == story.FirstSeenAt && await PrecedesAsync(article, story.FirstArticleId, ct);
            await store.SaveStoryAsync(story with
            {
                ArticleCount = story.ArticleCount + 1,
                LastSeenAt = at > story.LastSeenAt ? at : story.LastSeenAt,
                FirstSeenAt = isFirst ? at : story.FirstSeenAt,
                FirstArticleId = isFirst ? article.Id : story.FirstArticleId,
            }, ct);
            return id;
        }
        var created = await store.SaveStoryAsync(new Story { Title = article.Title, FirstArticleId = article.Id, FirstSeenAt = at, LastSeenAt = at, ArticleCount = 1 }, ct);
        _storyIdOfKey[key] = created.Id;
        _keyOfStoryId[created.Id] = key;
        return created.Id;
    }

    /// <summary>Does the article come before the story's current first report (same time: lower source id, then item key)?</summary>
    async Task<bool> PrecedesAsync(Article article, long? firstId, CancellationToken ct) =>
        firstId is not { } f || await store.GetArticleAsync(f, ct) is not { } first || ReportOrder.Precedes(ToDocument(article), ToDocument(first));

    /// <summary>Puts the store's recent articles (within the de-duplication window) back into memory, oldest first.</summary>
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
        recent.Reverse();
        await ReadTagIdsAsync(recent, ct);
        foreach (var a in recent)
        {
            if (a.StoryId is not { } storyId) { await LinkOneAsync(a, ct); continue; }
            if (!_keyOfStoryId.TryGetValue(storyId, out var key))
            {
                key = (await store.GetStoryAsync(storyId, ct))?.FirstArticleId ?? a.Id;
                _keyOfStoryId[storyId] = key;
                _storyIdOfKey[key] = storyId;
            }
            _linker.Restore(ToDocument(a), new DedupLinks { DuplicateOf = a.DuplicateOfId, SyndicatedFrom = a.SyndicatedFromId, VersionOf = a.VersionOfId }, key, await TagIdsAsync(a, ct));
        }
        _warm = true;
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
