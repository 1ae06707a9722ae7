using Npgsql;

namespace Caravan.Storage.Postgres;

/// <summary>
/// The linker role on PostgreSQL: a session advisory lock on a connection this store keeps open. Only the
/// session holding it links, so the in-memory de-duplication index lives in exactly one worker process; when
/// that process dies (even by SIGKILL) the server ends its session, the lock goes with it, and the next
/// worker to ask takes the role over and warms its own index from the store.
/// </summary>
public sealed partial class PostgresStore
{
    // "linker" in ASCII; distinct from the migration lock.
    const long LinkerLockKey = 0x6C_69_6E_6B_65_72;
    readonly SemaphoreSlim _linkerGate = new(1, 1);
    NpgsqlConnection? _linkerSession;

    public async Task<bool> TryHoldLinkerRoleAsync(CancellationToken ct)
    {
        await _linkerGate.WaitAsync(ct);
        try
        {
            if (_linkerSession is not null) return true;
            var c = await OpenAsync(ct);
            if (await c.ScalarAsync<bool>("SELECT pg_try_advisory_lock(@k)", ct, null, ("k", LinkerLockKey)))
            {
                _linkerSession = c; // kept out of the pool for as long as this store lives
                return true;
            }
            await c.DisposeAsync();
            return false;
        }
        finally
        {
            _linkerGate.Release();
        }
    }

    public async Task<IReadOnlyList<long>> ListUnlinkedArticleIdsAsync(int limit, CancellationToken ct)
    {
        await using var c = await OpenAsync(ct);
        return await c.ListAsync("SELECT id FROM articles WHERE story_id IS NULL AND NOT link_only ORDER BY id LIMIT @limit",
            r => r.GetInt64(0), ct, null, ("limit", Math.Clamp(limit, 1, 100_000)));
    }

    async ValueTask ReleaseLinkerRoleAsync()
    {
        if (_linkerSession is null) return;
        try
        {
            // Pooled sessions are reset lazily; unlock now so another worker need not wait for that.
            await _linkerSession.ExecuteAsync("SELECT pg_advisory_unlock(@k)", CancellationToken.None, null, ("k", LinkerLockKey));
        }
        catch (NpgsqlException)
        {
            // The session is gone already, and its locks with it.
        }
        await _linkerSession.DisposeAsync();
        _linkerSession = null;
    }
}
