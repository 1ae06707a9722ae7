using Caravan.Model;
using Microsoft.Data.Sqlite;

namespace Caravan.Storage.Sqlite;

/// <summary>
/// Source leases on SQLite: a single-writer engine, so one IMMEDIATE transaction (the write lock taken
/// up front) is enough for processes sharing the file never to claim the same source. Expiry is set and
/// compared on the store's clock, not the caller's (as PostgreSQL uses now()): processes sharing a file share
/// a machine and its clock, while a scheduler may run on a skewed or test clock.
/// </summary>
public sealed partial class SqliteStore
{
    public async Task<IReadOnlyList<Source>> ClaimDueSourcesAsync(string workerId, DateTimeOffset now, TimeSpan leaseFor, int limit, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workerId);
        if (leaseFor <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(leaseFor), "A lease must last some time.");
        var storeNow = _time.GetUtcNow();
        await using var c = await OpenAsync(ct);
        // deferred: false is BEGIN IMMEDIATE: the write lock is held from the SELECT on.
        await using var tx = c.BeginTransaction(deferred: false);
        var claimed = await c.ListAsync("""
            UPDATE sources SET lease_owner = $w, lease_expires_at = $until
            WHERE id IN (
                SELECT id FROM sources
                WHERE enabled = 1 AND (next_check_at IS NULL OR next_check_at <= $now)
                  AND (lease_expires_at IS NULL OR lease_expires_at <= $storeNow)
                ORDER BY next_check_at IS NOT NULL, next_check_at, id
                LIMIT $limit)
            RETURNING *
            """, StoredRows.Source, ct, tx, ("$w", workerId), ("$now", StoredTime.ToText(now)), ("$storeNow", StoredTime.ToText(storeNow)),
            ("$until", StoredTime.ToText(storeNow + leaseFor)),
            ("$limit", Math.Clamp(limit, 1, 100_000)));
        await tx.CommitAsync(ct);
        return claimed.OrderBy(s => s.FetchState.NextCheckAt is not null).ThenBy(s => s.FetchState.NextCheckAt).ThenBy(s => s.Id).ToList();
    }

    public async Task<bool> RenewLeaseAsync(long sourceId, string workerId, TimeSpan leaseFor, CancellationToken ct)
    {
        if (leaseFor <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(leaseFor), "A lease must last some time.");
        var until = _time.GetUtcNow() + leaseFor;
        await using var c = await OpenAsync(ct);
        return await c.ExecuteAsync("UPDATE sources SET lease_expires_at = $until WHERE id = $id AND lease_owner = $w",
            ct, null, ("$id", sourceId), ("$w", workerId), ("$until", StoredTime.ToText(until))) == 1;
    }

    public async Task<bool> ReleaseLeaseAsync(long sourceId, string workerId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ExecuteAsync("UPDATE sources SET lease_owner = NULL, lease_expires_at = NULL WHERE id = $id AND lease_owner = $w",
            ct, null, ("$id", sourceId), ("$w", workerId)) == 1;
    }
}
