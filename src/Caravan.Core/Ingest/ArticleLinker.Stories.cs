using Caravan.Dedup;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Stories;
using Microsoft.Extensions.Logging;

namespace Caravan.Ingest;

/// <summary>
/// Storing what linking decided: the links of the new reports and of those a late report moved, and the
/// stories they are in. The clusterer names a story by its first report in report order; the store by its
/// own id, which stays the same while the story keeps reports: a story whose first report changed (an
/// earlier one arrived late) keeps the id most of its moved reports had.
/// </summary>
public sealed partial class ArticleLinker
{
    readonly Dictionary<long, long> _storyIdOfKey = [];
    readonly Dictionary<long, long> _keyOfStoryId = [];

    async Task StoreAsync(LinkOutcome outcome, CancellationToken ct)
    {
        var dedup = new Dictionary<long, DedupLinks>();
        foreach (var r in outcome.Linked)
        {
            dedup[r.Id] = r.Links;
            // The original arrived after its copies: they now point at it, as if it had come first.
            foreach (var repointed in r.Links.Repointed) dedup[repointed.Id] = repointed.Links with { SimHash = 0 };
        }
        // One read for the pass's rows, not one per article: round trips are the store phase's cost on PostgreSQL.
        var rows = (await store.GetArticlesAsync(dedup.Keys.Concat(outcome.StoryKeys.Keys).Distinct().ToList(), ct)).ToDictionary(a => a.Id);
        var (storyIds, counted) = await StoryIdsAsync(outcome, rows, ct);
        var updates = new List<(long, ArticleLinks)>();
        foreach (var (id, row) in rows)
        {
            var links = dedup.GetValueOrDefault(id) ?? new DedupLinks { DuplicateOf = row.DuplicateOfId, SyndicatedFrom = row.SyndicatedFromId, VersionOf = row.VersionOfId };
            var storyId = outcome.StoryKeys.TryGetValue(id, out var key) ? storyIds[key] : row.StoryId;
            var simHash = links.SimHash != 0 ? links.SimHash : row.SimHash;
            updates.Add((id, new ArticleLinks(links.DuplicateOf, links.SyndicatedFrom, storyId, simHash) { VersionOfId = links.VersionOf }));
        }
        if (updates.Count > 0) await store.SetArticleLinksBatchAsync(updates, ct);
        var moved = rows.Values.Count(r => r.StoryId is not null && outcome.StoryKeys.TryGetValue(r.Id, out var k) && storyIds[k] != r.StoryId);
        if (moved > 0) _log.LogDebug("A late report moved {Count} reports to other stories", moved);
        var touched = new HashSet<long>();
        // Stories opened in this pass were written with their members' count, first and last report already.
        foreach (var storyId in rows.Values.Select(r => r.StoryId).OfType<long>().Concat(storyIds.Values).Distinct().Where(id => !counted.Contains(id)))
            // A merged story leads to the one it was merged into: that one is counted.
            if (await store.GetStoryAsync(storyId, ct) is { } story && touched.Add(story.Id)) await RecountAsync(story, ct);
    }

    /// <summary>
    /// The store's story id for each story key the outcome touched: each store story goes to the story that
    /// holds most of its reports now (a replaced body counts half: it is the report that left), ties to the key
    /// it had; a story left without one gets a new id. A story that kept its key but lost its id (most of its
    /// reports went elsewhere) moves to a new id with the reports it kept. New stories are written in one batch with
    /// their members counted (returned as <c>Counted</c>: they need no recount).
    /// </summary>
    async Task<(Dictionary<long, long> Ids, HashSet<long> Counted)> StoryIdsAsync(LinkOutcome outcome, Dictionary<long, Article> rows, CancellationToken ct)
    {
        var live = _linker.Stories.Live;
        var changedIn = outcome.StoryKeys.GroupBy(kv => kv.Value, kv => kv.Key).ToDictionary(g => g.Key, g => g.ToList());
        var replaced = outcome.Replaced.ToHashSet();
        var votes = new Dictionary<(long Key, long StoryId), double>();
        foreach (var (key, moved) in changedIn)
            foreach (var id in moved)
                if (rows.GetValueOrDefault(id)?.StoryId is { } was)
                    votes[(key, was)] = votes.GetValueOrDefault((key, was)) + (replaced.Contains(id) ? 0.5 : 1);
        // The stories the moved reports came from keep the reports that did not move.
        var keys = changedIn.Keys.Concat(votes.Keys.Select(v => _keyOfStoryId.TryGetValue(v.StoryId, out var k) ? k : 0).Where(k => k != 0 && live.IsLive(k))).ToHashSet();
        foreach (var key in keys)
            if (_storyIdOfKey.TryGetValue(key, out var held))
                votes[(key, held)] = votes.GetValueOrDefault((key, held)) + Math.Max(0, live.CountOf(key) - (changedIn.GetValueOrDefault(key)?.Count ?? 0));
        var ids = new Dictionary<long, long>();
        var taken = new HashSet<long>();
        foreach (var ((key, storyId), _) in votes.Where(v => v.Value > 0 && keys.Contains(v.Key.Key))
            .OrderByDescending(v => v.Value).ThenByDescending(v => _storyIdOfKey.GetValueOrDefault(v.Key.Key) == v.Key.StoryId).ThenBy(v => v.Key.Key))
            if (!ids.ContainsKey(key) && taken.Add(storyId)) ids[key] = storyId;
        var opened = new List<(long Key, Story Story)>();
        var stayedIn = new List<(long Key, IReadOnlyList<Article> Stayed)>();
        foreach (var key in keys.Order())
        {
            // Reports that stayed in this story are still under the id it held: they go where the story goes.
            var stayed = _storyIdOfKey.TryGetValue(key, out var held) && ids.GetValueOrDefault(key) != held
                ? (await store.ListArticlesAsync(new ArticleQuery { StoryId = held, IncludeDuplicates = true, Limit = ArticleQuery.MaxLimit }, ct))
                    .Where(a => !outcome.StoryKeys.ContainsKey(a.Id)).ToList()
                : [];
            if (!ids.ContainsKey(key))
            {
                // Every member of a new story is known here: those that stayed and those that moved in.
                var members = stayed.Concat(changedIn.GetValueOrDefault(key)?.Select(id => rows[id]) ?? []).ToList();
                if (members.Count == 0) continue;
                opened.Add((key, Counted(members)));
            }
            if (stayed.Count > 0) stayedIn.Add((key, stayed));
        }
        var openedIds = opened.Count == 0 ? [] : await store.AddStoriesAsync(opened.Select(o => o.Story).ToList(), ct);
        for (var i = 0; i < opened.Count; i++) ids[opened[i].Key] = openedIds[i];
        var stayedLinks = stayedIn.SelectMany(s => s.Stayed.Select(a => (a.Id, new ArticleLinks(a.DuplicateOfId, a.SyndicatedFromId, ids[s.Key], a.SimHash) { VersionOfId = a.VersionOfId }))).ToList();
        if (stayedLinks.Count > 0) await store.SetArticleLinksBatchAsync(stayedLinks, ct);
        foreach (var (key, storyId) in ids)
        {
            if (_storyIdOfKey.Remove(key, out var before) && _keyOfStoryId.GetValueOrDefault(before) == key) _keyOfStoryId.Remove(before);
            if (_keyOfStoryId.Remove(storyId, out var oldKey) && _storyIdOfKey.GetValueOrDefault(oldKey) == storyId) _storyIdOfKey.Remove(oldKey);
        }
        foreach (var (key, storyId) in ids) { _storyIdOfKey[key] = storyId; _keyOfStoryId[storyId] = key; }
        return (ids, openedIds.ToHashSet());
    }

    /// <summary>A story's row from all its members: count, first report in report order (its title), latest report.</summary>
    Story Counted(IReadOnlyList<Article> members)
    {
        var first = members.MinBy(ToDocument, Comparer<DedupDocument>.Create(ReportOrder.Compare))!;
        return new Story
        {
            Title = first.Title, FirstArticleId = first.Id, FirstSeenAt = first.PublishedAt ?? first.FirstSeenAt,
            LastSeenAt = members.Max(a => a.PublishedAt ?? a.FirstSeenAt), ArticleCount = members.Count,
        };
    }

    /// <summary>A story's count, first and latest report again from its members (after reports moved in or out); closed when none is left.</summary>
    async Task RecountAsync(Story story, CancellationToken ct)
    {
        var members = await store.ListArticlesAsync(new ArticleQuery { StoryId = story.Id, IncludeDuplicates = true, Limit = ArticleQuery.MaxLimit }, ct);
        if (members.Count == 0) { await store.SaveStoryAsync(story with { ArticleCount = 0, Closed = true }, ct); return; }
        var counted = Counted(members);
        await store.SaveStoryAsync(story with
        {
            ArticleCount = counted.ArticleCount, FirstArticleId = counted.FirstArticleId, FirstSeenAt = counted.FirstSeenAt,
            LastSeenAt = counted.LastSeenAt, Title = counted.Title ?? story.Title, Closed = false,
        }, ct);
    }
}
