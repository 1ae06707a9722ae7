using System.Collections.Concurrent;

namespace Caravan.Fetching;

/// <summary>Per-host politeness: at most N requests in flight to one host, and a pause between them.</summary>
internal sealed class HostGate(int concurrency, TimeSpan minDelay, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for a free slot and the host's pause; dispose the result when the request ends.</summary>
    public async Task<IDisposable> EnterAsync(string host, CancellationToken ct)
    {
        var slot = _slots.GetOrAdd(host, _ => new Slot(concurrency));
        await slot.Semaphore.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            TimeSpan wait;
            lock (slot)
            {
                var now = time.GetUtcNow();
                var start = now > slot.NextStart ? now : slot.NextStart;
                slot.NextStart = start + minDelay;
                wait = start - now;
            }
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, ct).ConfigureAwait(false);
        }
        catch
        {
            slot.Semaphore.Release();
            throw;
        }
        return new Lease(this, slot);
    }

    private void Leave(Slot slot)
    {
        // The pause runs from the end of a request too, so a slow server is not hit back to back.
        lock (slot)
        {
            var earliest = time.GetUtcNow() + minDelay;
            if (earliest > slot.NextStart) slot.NextStart = earliest;
        }
        slot.Semaphore.Release();
    }

    private sealed class Slot(int concurrency)
    {
        public SemaphoreSlim Semaphore { get; } = new(concurrency, concurrency);
        public DateTimeOffset NextStart { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Lease(HostGate gate, Slot slot) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) gate.Leave(slot);
        }
    }
}
