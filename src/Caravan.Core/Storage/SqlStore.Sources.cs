using System.Data.Common;
using Caravan.Model;

namespace Caravan.Storage;

/// <summary>The sources table (statements in <see cref="StoreSql"/>).</summary>
public abstract partial class SqlStore
{
    public async Task<SourceAdded> AddSourceAsync(Source source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(source.Name);
        await using var c = await OpenDbAsync(ct);
        var id = await c.ScalarAsync<long?>(Sql, StoreSql.AddSource, ct, null, StoreSql.AddSourceArgs(Sql, source, Clock.GetUtcNow()));
        if (id is null) return new SourceAdded((await FindByFeedUrlAsync(c, source.FeedUrl, ct))!, false);
        return new SourceAdded((await GetSourceAsync(c, id.Value, ct))!, true);
    }

    public async Task<Source?> GetSourceAsync(long id, CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        return await GetSourceAsync(c, id, ct);
    }

    public async Task<Source?> FindSourceByFeedUrlAsync(Uri feedUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        await using var c = await OpenDbAsync(ct);
        return await FindByFeedUrlAsync(c, feedUrl, ct);
    }

    public async Task<IReadOnlyList<Source>> ListSourcesAsync(CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        return await c.ListAsync(Sql, StoreSql.ListSources, StoredRows.Source, ct);
    }

    public async Task<IReadOnlyList<Source>> ListDueSourcesAsync(DateTimeOffset now, int limit, CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        return await c.ListAsync(Sql, StoreSql.DueSources, StoredRows.Source, ct, null, StoreSql.DueSourcesArgs(Sql, now, limit));
    }

    public async Task<bool> UpdateSourceAsync(Source source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(source.Name);
        await using var c = await OpenDbAsync(ct);
        return await c.ExecuteAsync(Sql, StoreSql.UpdateSource, ct, null, StoreSql.UpdateSourceArgs(source)) == 1;
    }

    public async Task<bool> RemoveSourceAsync(long id, CancellationToken ct)
    {
        await using var c = await OpenDbAsync(ct);
        return await c.ExecuteAsync(Sql, StoreSql.RemoveSource, ct, null, ("id", id)) == 1;
    }

    async Task<Source?> GetSourceAsync(DbConnection c, long id, CancellationToken ct) =>
        (await c.ListAsync(Sql, StoreSql.SourceById, StoredRows.Source, ct, null, ("id", id))).FirstOrDefault();

    async Task<Source?> FindByFeedUrlAsync(DbConnection c, Uri feedUrl, CancellationToken ct) =>
        (await c.ListAsync(Sql, StoreSql.SourceByFeedUrl, StoredRows.Source, ct, null, ("u", feedUrl.AbsoluteUri))).FirstOrDefault();
}
