namespace Caravan.Storage.Sqlite;

/// <summary>
/// The linker role on SQLite: always held. An SQLite store is one process's (workers that scale out share
/// PostgreSQL), so that process's linker links everything it stores, as before scale-out existed.
/// </summary>
public sealed partial class SqliteStore
{
    public Task<bool> TryHoldLinkerRoleAsync(CancellationToken ct) => Task.FromResult(true);

    public async Task<IReadOnlyList<long>> ListUnlinkedArticleIdsAsync(int limit, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ListAsync("SELECT id FROM articles WHERE story_id IS NULL AND link_only = 0 ORDER BY id LIMIT $limit",
            r => r.GetInt64(0), ct, null, ("$limit", Math.Clamp(limit, 1, 100_000)));
    }
}
