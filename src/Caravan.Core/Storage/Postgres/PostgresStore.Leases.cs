using Caravan.Model;

namespace Caravan.Storage.Postgres;

/// <summary>
/// Source leases on PostgreSQL, the queue pattern Miniflux and job queues use: FOR UPDATE SKIP LOCKED
/// lets many workers claim at once, each passing over rows another is claiming instead of waiting.
/// Expiry is set and compared with the server's now(), one clock for every worker: a worker whose own
/// clock runs ahead would otherwise see live leases as lapsed, and one running behind would hand out
/// leases the others already see as lapsed. Due-ness stays on the caller's clock, which wrote next_check_at.
/// </summary>
public sealed partial class PostgresStore
{
    public async Task<IReadOnlyList<Source>> ClaimDueSourcesAsync(string workerId, DateTimeOffset now, TimeSpan leaseFor, int limit, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workerId);
        if (leaseFor <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(leaseFor), "A lease must last some time.");
        await using var c = await OpenAsync(ct);
        var claimed = await c.ListAsync("""
            UPDATE sources SET lease_owner = @w, lease_expires_at = now() + @lease
            WHERE id IN (
                SELECT id FROM sources
                WHERE enabled AND (next_check_at IS NULL OR next_check_at <= @now)
                  AND (lease_expires_at IS NULL OR lease_expires_at <= now())
                ORDER BY next_check_at NULLS FIRST, id
                LIMIT @limit
                FOR UPDATE SKIP LOCKED)
            RETURNING *
            """, StoredRows.Source, ct, null, ("w", workerId), ("now", now), ("lease", leaseFor), ("limit", Math.Clamp(limit, 1, 100_000)));
        return claimed.OrderBy(s => s.FetchState.NextCheckAt is not null).ThenBy(s => s.FetchState.NextCheckAt).ThenBy(s => s.Id).ToList();
    }

    public async Task<bool> RenewLeaseAsync(long sourceId, string workerId, TimeSpan leaseFor, CancellationToken ct)
    {
        if (leaseFor <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(leaseFor), "A lease must last some time.");
        await using var c = await OpenAsync(ct);
        return await c.ExecuteAsync("UPDATE sources SET lease_expires_at = now() + @lease WHERE id = @id AND lease_owner = @w",
            ct, null, ("id", sourceId), ("w", workerId), ("lease", leaseFor)) == 1;
    }

    public async Task<bool> ReleaseLeaseAsync(long sourceId, string workerId, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ExecuteAsync("UPDATE sources SET lease_owner = NULL, lease_expires_at = NULL WHERE id = @id AND lease_owner = @w",
            ct, null, ("id", sourceId), ("w", workerId)) == 1;
    }
}
