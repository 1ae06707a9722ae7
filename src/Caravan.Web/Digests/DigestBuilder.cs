using Caravan.Model;
using Caravan.Storage;

namespace Caravan.Web.Digests;

/// <summary>Builds a digest: a region's reports in a UTC date range, one per story, ranked by outlets then recency.</summary>
public static class DigestBuilder
{
    public const int MaxEntries = 20;

    public static async Task<Digest> BuildAsync(ICaravanStore store, DigestRegion region, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var articles = new Dictionary<long, Article>();
        // The newest page of every country in one statement; a country whose page ends inside the range pages on alone.
        var query = new ArticleQuery { TagKind = TagKind.Country, BeforeTime = end, BeforeId = 0, Limit = ArticleQuery.MaxLimit };
        var firstPages = await store.ListArticlesPerTagAsync(query, region.CountryCodes, ct);
        foreach (var (code, first) in firstPages)
        {
            var page = first;
            while (true)
            {
                foreach (var a in page.Where(a => Time(a) >= start)) articles.TryAdd(a.Id, a);
                if (page.Count < query.Limit || Time(page[^1]) < start) break;
                page = await store.ListArticlesAsync(query with { TagValue = code, BeforeTime = Time(page[^1]), BeforeId = page[^1].Id }, ct);
            }
        }
        var sources = (await store.ListSourcesAsync(ct)).ToDictionary(s => s.Id);
        var entries = articles.Values
            .GroupBy(a => a.StoryId ?? -a.Id)
            .Select(g =>
            {
                // The story's first report leads; the copies only count its outlets.
                var lead = g.OrderBy(a => a.DuplicateOfId is null && a.SyndicatedFromId is null && a.OriginalOutlet is null ? 0 : 1).ThenBy(Time).ThenBy(a => a.Id).First();
                return new DigestEntry(lead.Id, lead.Title ?? "(untitled)", sources.GetValueOrDefault(lead.SourceId)?.Name ?? "", Time(lead), lead.Url,
                    lead.ImageUrl, lead.ImageCredit, Sentences.First(lead.Text, 2), g.Select(a => a.SourceId).Distinct().Count(), lead.Language);
            })
            .OrderByDescending(e => e.Outlets).ThenByDescending(e => e.PublishedAt).ThenByDescending(e => e.ArticleId)
            .Take(MaxEntries).ToList();
        return new Digest(region.Slug, region.Name, from, to, entries);
    }

    static DateTimeOffset Time(Article a) => a.PublishedAt ?? a.FirstSeenAt;
}
