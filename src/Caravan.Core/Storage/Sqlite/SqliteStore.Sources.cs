using Caravan.Model;
using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>The sources table (statements in <see cref="StoreSql"/>).</summary>
public sealed partial class SqliteStore
{
    public async Task<SourceAdded> AddSourceAsync(Source source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(source.Name);
        await using var c = await OpenAsync(ct);
        var id = await c.ScalarAsync<long?>(StoreSql.AddSource, ct, null, StoreSql.AddSourceArgs(Dialect, source, _time.GetUtcNow()));
        if (id is null) return new SourceAdded((await FindByFeedUrlAsync(c, source.FeedUrl, ct))!, false);
        return new SourceAdded((await GetSourceAsync(c, id.Value, ct))!, true);
    }

    public async Task<Source?> GetSourceAsync(long id, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await GetSourceAsync(c, id, ct);
    }

    public async Task<Source?> FindSourceByFeedUrlAsync(Uri feedUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        await using var c = await OpenAsync(ct);
        return await FindByFeedUrlAsync(c, feedUrl, ct);
    }

    public async Task<IReadOnlyList<Source>> ListSourcesAsync(CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ListAsync(StoreSql.ListSources, StoredRows.Source, ct);
    }

    public async Task<IReadOnlyList<Source>> ListDueSourcesAsync(DateTimeOffset now, int limit, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ListAsync(StoreSql.DueSources, StoredRows.Source, ct, null, StoreSql.DueSourcesArgs(Dialect, now, limit));
    }

    public async Task<bool> UpdateSourceAsync(Source source, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(source.Name);
        await using var c = await OpenAsync(ct);
        return await c.ExecuteAsync(StoreSql.UpdateSource, ct, null, StoreSql.UpdateSourceArgs(source)) == 1;
    }

    public async Task<bool> RemoveSourceAsync(long id, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ExecuteAsync(StoreSql.RemoveSource, ct, null, ("id", id)) == 1;
    }

    static async Task<Source?> GetSourceAsync(SqliteConnection c, long id, CancellationToken ct) =>
        (await c.ListAsync(StoreSql.SourceById, StoredRows.Source, ct, null, ("id", id))).FirstOrDefault();

    static async Task<Source?> FindByFeedUrlAsync(SqliteConnection c, Uri feedUrl, CancellationToken ct) =>
        (await c.ListAsync(StoreSql.SourceByFeedUrl, StoredRows.Source, ct, null, ("u", feedUrl.AbsoluteUri))).FirstOrDefault();

    static Task WriteFetchStateAsync(SqliteConnection c, SqliteTransaction tx, long sourceId, SourceFetchState s, CancellationToken ct) =>
        c.ExecuteAsync(StoreSql.WriteFetchState, ct, tx, StoreSql.FetchStateArgs(Dialect, sourceId, s));
}
