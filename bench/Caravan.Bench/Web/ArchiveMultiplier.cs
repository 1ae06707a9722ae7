using System.Diagnostics;
using Caravan.Model;
using Caravan.Storage;

namespace Caravan.Bench.Web;

/// <summary>
/// Fills a store with N articles made from a seed store (the demo archive after `caravan demo`): every seed report
/// is copied round after round, 12 hours further back each round, to one of 100 outlets, with its tags, its text
/// lightly varied, and its story, copy and version links rebuilt within the round. About 2,000 articles are written
/// at a time: one ingest transaction per outlet, one per round for its stories, one for all the links. So the countries, topics,
/// stories, copies and aggregator republications keep the archive's proportions at any size.
/// </summary>
static class ArchiveMultiplier
{
    const int Outlets = 100;
    const int BatchSize = 2000;

    sealed record Seed(Article Article, IReadOnlyList<Tag> Tags, int SourceIndex);

    public static async Task FillAsync(ICaravanStore seedStore, ICaravanStore target, int articles, CancellationToken ct)
    {
        var seeds = await LoadSeedsAsync(seedStore, ct);
        if (seeds.Count == 0) throw new InvalidOperationException("the seed store has no articles");
        var sources = new List<long>();
        var seedSources = (await seedStore.ListSourcesAsync(ct)).ToList();
        for (int s = 0; s < Outlets; s++)
        {
            var like = seedSources[s % seedSources.Count];
            sources.Add((await target.AddSourceAsync(like with
            {
                Id = 0, Name = $"{like.Name} {s / seedSources.Count + 1}", FeedUrl = new Uri($"https://outlet{s}.bench.example/feed.xml"),
                SiteUrl = new Uri($"https://outlet{s}.bench.example/"), Enabled = false,
            }, ct)).Source.Id);
        }
        var clock = Stopwatch.StartNew();
        int written = 0, links = 0, round = 0;
        while (written < articles)
        {
            // A chunk of rounds (about BatchSize articles) at a time: one ingest transaction per outlet, one for all links.
            var chunk = new List<(int Round, Seed Seed)>();
            for (; chunk.Count < BatchSize && written + chunk.Count < articles; round++)
                chunk.AddRange(seeds.Take(articles - written - chunk.Count).Select(s => (round, s)));
            var ids = new Dictionary<(int, long), long>();  // (round, seed article id) -> new id
            foreach (var group in chunk.GroupBy(x => (x.Seed.SourceIndex + x.Round * 7) % Outlets))
            {
                var members = group.ToList();
                var outcome = await target.SaveBatchAsync(new IngestBatch
                {
                    SourceId = sources[group.Key],
                    Articles = members.Select(x => new ArticleDraft { Article = Vary(x.Seed.Article, x.Round), Tags = x.Seed.Tags }).ToList(),
                    Attempt = new FetchAttempt { At = DateTimeOffset.UnixEpoch, Status = "fetched", DurationMs = 1, Bytes = 1 },
                }, ct);
                for (int k = 0; k < members.Count; k++) ids[(members[k].Round, members[k].Seed.Article.Id)] = outcome.Drafts[k].ArticleId;
            }
            var updates = new List<(long, ArticleLinks)>();
            foreach (var roundGroup in chunk.GroupBy(x => x.Round))
                updates.AddRange(await LinkRoundAsync(target, roundGroup.Select(x => x.Seed).ToList(),
                    roundGroup.ToDictionary(x => x.Seed.Article.Id, x => ids[(x.Round, x.Seed.Article.Id)]), ct));
            links += await target.SetArticleLinksBatchAsync(updates, ct);
            written += chunk.Count;
            Console.Error.WriteLine($"web-latency: {written:N0} articles ({written / clock.Elapsed.TotalSeconds:N0}/s), {links:N0} links");
        }
        Console.Error.WriteLine($"web-latency: filled {written:N0} articles and {links:N0} links in {clock.Elapsed.TotalSeconds:F1} s ({written / clock.Elapsed.TotalSeconds:N0} articles/s)");
    }

    /// <summary>Adds one round's stories (one transaction) and returns the links of its articles (stories, copies, versions) to set in one batch.</summary>
    static async Task<List<(long, ArticleLinks)>> LinkRoundAsync(ICaravanStore target, IReadOnlyList<Seed> seeds, Dictionary<long, long> ids, CancellationToken ct)
    {
        var groups = seeds.Where(s => s.Article.StoryId is not null).GroupBy(s => s.Article.StoryId!.Value).ToList();
        var storyIds = await target.AddStoriesAsync(groups.Select(group => new Story
        {
            Title = group.First().Article.Title, ArticleCount = group.Count(),
            FirstSeenAt = group.Min(s => s.Article.PublishedAt ?? s.Article.FirstSeenAt),
            LastSeenAt = group.Max(s => s.Article.PublishedAt ?? s.Article.FirstSeenAt),
            FirstArticleId = ids.GetValueOrDefault(group.First().Article.Id),
        }).ToList(), ct);
        var stories = groups.Select((g, i) => (g.Key, Id: storyIds[i])).ToDictionary(x => x.Key, x => x.Id);
        var updates = new List<(long, ArticleLinks)>();
        foreach (var s in seeds)
        {
            var a = s.Article;
            if (a.StoryId is null && a.DuplicateOfId is null && a.SyndicatedFromId is null && a.VersionOfId is null) continue;
            long? Map(long? seedId) => seedId is { } x && ids.TryGetValue(x, out var y) ? y : null;
            updates.Add((ids[a.Id], new ArticleLinks(Map(a.DuplicateOfId), Map(a.SyndicatedFromId),
                a.StoryId is { } st ? stories[st] : null, a.SimHash) { VersionOfId = Map(a.VersionOfId) }));
        }
        return updates;
    }

    /// <summary>The seed report moved back by half a day per round, with a round-specific key, title tail and sentence.</summary>
    static Article Vary(Article a, int round)
    {
        var shift = TimeSpan.FromHours(-12 * round);
        var text = round == 0 ? a.Text : a.Text + $"\n\nFollow-up {round}: reporting continued on day {round / 2 + 1} of coverage.";
        return a with
        {
            Id = 0, ItemKey = $"{a.ItemKey}#r{round}", Guid = a.Guid is null ? null : $"{a.Guid}#r{round}",
            Url = a.Url is null ? null : $"{a.Url}{(a.Url.Contains('?') ? '&' : '?')}r={round}",
            Title = round == 0 ? a.Title : $"{a.Title} ({round})", Text = text,
            PublishedAt = a.PublishedAt + shift, UpdatedAt = a.UpdatedAt + shift, FirstSeenAt = a.FirstSeenAt + shift,
            ContentHash = $"{a.ContentHash}-{round}", StoryId = null, DuplicateOfId = null, SyndicatedFromId = null, VersionOfId = null,
        };
    }

    static async Task<List<Seed>> LoadSeedsAsync(ICaravanStore seed, CancellationToken ct)
    {
        var sourceIndex = (await seed.ListSourcesAsync(ct)).Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var all = new List<Article>();
        var query = new ArticleQuery { Limit = ArticleQuery.MaxLimit, IncludeDuplicates = true, IncludeLinkOnly = true };
        while (true)
        {
            var page = await seed.ListArticlesAsync(query, ct);
            all.AddRange(page);
            if (page.Count < query.Limit) break;
            query = query with { BeforeTime = page[^1].PublishedAt ?? page[^1].FirstSeenAt, BeforeId = page[^1].Id };
        }
        var seeds = new List<Seed>();
        // Oldest first, so a copy's original is written (and has an id) before the copy is linked.
        foreach (var a in all.OrderBy(a => a.Id))
            seeds.Add(new Seed(a, await seed.ListTagsAsync(a.Id, ct), sourceIndex[a.SourceId]));
        return seeds;
    }
}
