using Caravan.Cli.TestSupport;
using Caravan.Dedup;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Storage.Sqlite;

namespace Caravan.Cli.Verbs;

public sealed class DigestVerbTests : IDisposable
{
    readonly TempFolder _dir = new();
    static readonly DateTimeOffset Day = new(2026, 11, 10, 8, 0, 0, TimeSpan.Zero);

    public void Dispose() => _dir.Dispose();

    async Task SeedAsync()
    {
        await using var store = new SqliteStore(Path.Combine(_dir.Path, "caravan.db"));
        await store.MigrateAsync(default);
        async Task<long> Ingest(string outlet, string key, string title, string text, DateTimeOffset at, string country)
        {
            var source = (await store.AddSourceAsync(new Source { Name = outlet, FeedUrl = new Uri($"https://{key}.example/feed") }, default)).Source.Id;
            var outcome = await store.SaveBatchAsync(new IngestBatch
            {
                SourceId = source, Attempt = new FetchAttempt { At = at, Status = "fetched" },
                Articles = [new ArticleDraft
                {
                    Article = new Article { ItemKey = key, Title = title, Text = text, PublishedAt = at, Url = $"https://{key}.example/a", ContentHash = ContentHash.Of(title, text), ImageUrl = "https://x.example/i.jpg", ImageCredit = "Photo agency" },
                    Tags = [new Tag { Kind = TagKind.Country, Value = country }],
                }],
            }, default);
            return outcome.Drafts[0].ArticleId;
        }
        var a = await Ingest("Steppe Herald", "a", "Gas prices rise", "Prices rose by 10%. Mr. Aliyev said so. A third sentence.", Day, "KZ");
        var b = await Ingest("Bishkek Observer", "b", "Gas prices rise in the region", "Prices rose. Again.", Day.AddHours(2), "KG");
        await Ingest("Osh Times", "c", "Melon harvest", "A big harvest.", Day.AddHours(3), "KG");
        await Ingest("Osh Times 2", "d", "Yesterday's news", "Old.", Day.AddDays(-1), "KG");
        await Ingest("Moscow Daily", "e", "Not Central Asia", "Elsewhere.", Day, "RU");
        var story = await store.SaveStoryAsync(new Story { Title = "Gas", FirstSeenAt = Day, LastSeenAt = Day.AddHours(2), ArticleCount = 2 }, default);
        foreach (var id in new[] { a, b }) await store.SetArticleLinksAsync(id, new ArticleLinks(null, null, story.Id, null), default);
    }

    [Fact]
    public async Task Markdown_HasOneEntryPerStory_RankedByOutlets_WithTwoSentenceSummaries()
    {
        await SeedAsync();
        var run = await CaravanProcess.RunAsync(_dir.Path, "digest", "--date", "2026-11-10", "--region", "central-asia", "--format", "md");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.StartsWith("# Central Asia digest, 10 November 2026", run.Stdout);
        var headings = run.Stdout.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        Assert.Equal(["## [Gas prices rise](https://a.example/a)", "## [Melon harvest](https://c.example/a)"], headings);
        Assert.Contains("*Steppe Herald, 10 Nov 2026 08:00 UTC, reported by 2 outlets*", run.Stdout);
        Assert.Contains("Prices rose by 10%. Mr. Aliyev said so.\n", run.Stdout);
        Assert.DoesNotContain("third sentence", run.Stdout);
        Assert.Contains("Photo: Photo agency", run.Stdout);
    }

    [Fact]
    public async Task Html_AndWeek_IncludeTheWholeRange()
    {
        await SeedAsync();
        var run = await CaravanProcess.RunAsync(_dir.Path, "digest", "--date", "2026-11-10", "--week", "--format", "html", "--base-url", "https://caravan.example/");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.StartsWith("<!DOCTYPE html>", run.Stdout);
        Assert.Contains("weekly digest, 4 Nov to 10 Nov 2026", run.Stdout);
        Assert.Contains("Yesterday&#39;s news", run.Stdout);
        Assert.Contains("<a href=\"https://caravan.example/article/", run.Stdout);
        Assert.DoesNotContain("Not Central Asia", run.Stdout);
    }

    [Theory]
    [InlineData("--date", "10/11/2026")]
    [InlineData("--date", "2026-11-10", "--region", "atlantis")]
    [InlineData("--date", "2026-11-10", "--format", "pdf")]
    public async Task BadInput_IsOneLineAndNonZero(params string[] args)
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, ["digest", .. args]);
        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Stderr);
    }
}
