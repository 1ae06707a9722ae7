using System.Text.Json;
using Caravan.Cli.TestSupport;
using Caravan.Dedup;
using Caravan.Model;
using Caravan.Storage;
using Caravan.Storage.Sqlite;

namespace Caravan.Cli.Verbs;

public sealed class SearchVerbTests : IDisposable
{
    readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("0")]
    [InlineData("201")]
    public async Task Limit_OutOfRange_IsRefused(string limit)
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "search", "gas", "--limit", limit);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--limit must be between 1 and 200", run.Stderr);
    }

    [Fact]
    public async Task EmptyStore_JsonIsAnEmptyArray()
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "search", "gas prices", "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("[]", run.Stdout.Trim());
    }

    [Fact]
    public async Task EngineSyntax_IsNotAnError()
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "search", "\"unbalanced AND ( *", "--json");
        Assert.Equal(0, run.ExitCode);
    }

    static readonly DateTimeOffset Day = new(2026, 11, 10, 8, 0, 0, TimeSpan.Zero);

    async Task<long> SeedAsync()
    {
        await using var store = new SqliteStore(Path.Combine(_dir.Path, "caravan.db"));
        await store.MigrateAsync(default);
        async Task<long> Ingest(string outlet, string key, string title, DateTimeOffset at, string country, string language, string? topic = null)
        {
            var source = (await store.AddSourceAsync(new Source { Name = outlet, FeedUrl = new Uri($"https://{key}.example/feed") }, default)).Source.Id;
            Tag[] tags = topic is null ? [new Tag { Kind = TagKind.Country, Value = country }]
                : [new Tag { Kind = TagKind.Country, Value = country }, new Tag { Kind = TagKind.Topic, Value = topic }];
            await store.SaveBatchAsync(new IngestBatch
            {
                SourceId = source, Attempt = new FetchAttempt { At = at, Status = "fetched" },
                Articles = [new ArticleDraft
                {
                    Article = new Article { ItemKey = key, Title = title, Text = $"{title}: the gas pipeline.", PublishedAt = at, Language = language, ContentHash = ContentHash.Of(title, key) },
                    Tags = tags,
                }],
            }, default);
            return source;
        }
        var herald = await Ingest("Steppe Herald", "a", "Gas prices rise", Day, "KZ", "en", "Economy");
        await Ingest("Bishkek Observer", "b", "Gas talks", Day.AddDays(-2), "KG", "ru");
        await Ingest("Osh Times", "c", "Gas deal signed", Day.AddDays(-5), "KG", "en-GB", "Economy");
        return herald;
    }

    async Task<List<string>> Titles(params string[] args)
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, ["search", "gas", "--json", .. args]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();
    }

    [Fact]
    public async Task Filters_AndOrder_MeanWhatThePageMeans()
    {
        var herald = await SeedAsync();
        Assert.Equal(["Gas deal signed", "Gas talks"], (await Titles("--country", "kyrgyzstan")).Order());
        Assert.Equal(["Gas deal signed", "Gas prices rise"], (await Titles("--topic", "economy")).Order());
        Assert.Equal(["Gas prices rise"], await Titles("--source", herald.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(["Gas deal signed", "Gas prices rise"], (await Titles("--language", "en")).Order());
        Assert.Equal(["Gas talks"], await Titles("--since", "2026-11-07", "--until", "2026-11-09"));
        Assert.Equal(["Gas prices rise", "Gas talks", "Gas deal signed"], await Titles("--order", "date"));
    }

    [Theory]
    [InlineData("--country", "atlantis")]
    [InlineData("--source", "abc")]
    [InlineData("--since", "last week")]
    [InlineData("--order", "random")]
    public async Task BadFilter_IsAOneLineErrorNamingTheValue(string option, string value)
    {
        var run = await CaravanProcess.RunAsync(_dir.Path, "search", "gas", option, value, "--json");
        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains(value, run.Stderr);
        Assert.Single(run.Stderr.Trim().Split('\n'));
    }
}
