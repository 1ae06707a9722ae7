using Caravan.Dedup;
using Caravan.Model;

namespace Caravan.Storage;

/// <summary>
/// The store's behaviour, written once and run against every provider: each provider's test class
/// derives from this and says how to make an empty store.
/// </summary>
public abstract partial class StoreContract : IAsyncLifetime
{
    protected ICaravanStore Store { get; private set; } = null!;
    protected static readonly CancellationToken Ct = CancellationToken.None;
    protected static readonly DateTimeOffset T0 = new(2026, 11, 3, 9, 30, 0, TimeSpan.Zero);

    protected abstract Task<ICaravanStore> CreateEmptyStoreAsync();

    public async Task InitializeAsync()
    {
        Store = await CreateEmptyStoreAsync();
        await Store.MigrateAsync(Ct);
    }

    public virtual async Task DisposeAsync() => await Store.DisposeAsync();

    protected static Source NewSource(string slug = "steppe-herald", string? country = "KZ") => new()
    {
        Name = "Outlet " + slug,
        SiteUrl = new Uri($"https://{slug}.example/"),
        FeedUrl = new Uri($"https://{slug}.example/feed.xml"),
        Kind = SourceKind.Rss,
        CountryHint = country,
        LanguageHint = "en",
    };

    protected static Article NewArticle(string key, string title, string text, DateTimeOffset? published = null) => new()
    {
        ItemKey = key,
        Guid = key,
        Url = $"https://outlet.example/{key}",
        Title = title,
        Text = text,
        PublishedAt = published ?? T0,
        ContentHash = ContentHash.Of(title, text),
    };

    protected static FetchAttempt Attempt(string status = "fetched") =>
        new() { At = T0, Status = status, HttpStatus = 200, DurationMs = 12.5, Bytes = 1024 };

    protected async Task<long> AddSourceAsync(string slug = "steppe-herald", string? country = "KZ") =>
        (await Store.AddSourceAsync(NewSource(slug, country), Ct)).Source.Id;

    protected Task<IngestOutcome> IngestAsync(long sourceId, params ArticleDraft[] drafts) =>
        Store.SaveBatchAsync(new IngestBatch { SourceId = sourceId, Attempt = Attempt(), Articles = drafts }, Ct);

    protected static ArticleDraft Draft(Article a, params Tag[] tags) => new() { Article = a, Tags = tags };
}
