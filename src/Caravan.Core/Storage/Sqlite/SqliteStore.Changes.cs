namespace Caravan.Storage.Sqlite;

/// <summary>The change counter the migration's triggers keep (0020_story_listing_and_changes.sql).</summary>
public sealed partial class SqliteStore
{
    public async Task<long> GetChangeVersionAsync(CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ScalarAsync<long>("SELECT version FROM store_changes WHERE id = 1", ct);
    }
}
