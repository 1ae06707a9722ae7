using System.Collections.Concurrent;
using Caravan.Storage;
using Microsoft.AspNetCore.Http;

namespace Caravan.Web.Caching;

/// <summary>
/// Generated pages and feeds by URL. An entry serves while the store's change counter
/// (<see cref="ICaravanStore.GetChangeVersionAsync"/>) stands still: any ingest write, link or story change
/// invalidates every entry at once, so readers never see a page older than the last write. Entries also expire
/// after <see cref="WebOptions.RenderCacheSeconds"/> as a bound for counters that move before their write commits
/// (PostgreSQL sequences). Only complete 200 answers are kept; errors are rendered each time.
/// </summary>
public sealed class RenderCache(ICaravanStore store, TimeProvider time, WebOptions options)
{
    sealed record Entry(long Version, DateTimeOffset RenderedAt, RenderedResult Result);

    readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Entries kept before the cache starts over; every distinct URL (a cursor, a query) is one entry.</summary>
    public const int MaxEntries = 2048;
    /// <summary>Bytes of bodies kept before the cache starts over, so URLs made up by a crawler cannot grow it without bound.</summary>
    public const long MaxBytes = 64L << 20;
    long _bytes;

    /// <summary>Hits and misses since start, for the bench's report.</summary>
    public long Hits => Interlocked.Read(ref _hits);
    public long Misses => Interlocked.Read(ref _misses);
    long _hits, _misses;

    /// <summary>The cached answer for this request's URL, or <paramref name="render"/>'s (kept when it is a 200 <see cref="RenderedResult"/>).</summary>
    public async Task<IResult> GetOrRenderAsync(HttpContext http, Func<Task<IResult>> render, CancellationToken ct)
    {
        if (options.RenderCacheSeconds <= 0) return await render();
        var request = http.Request;
        // Feeds carry absolute links made from the request's host, so the host is part of the key.
        var key = string.Concat(request.Scheme, "://", request.Host.Value, request.Path.Value, request.QueryString.Value);
        var version = await store.GetChangeVersionAsync(ct);
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && entry.Version == version && now - entry.RenderedAt < TimeSpan.FromSeconds(options.RenderCacheSeconds))
        {
            Interlocked.Increment(ref _hits);
            return entry.Result;
        }
        Interlocked.Increment(ref _misses);
        var result = await render();
        if (result is RenderedResult { Status: StatusCodes.Status200OK } rendered)
        {
            if (_entries.Count >= MaxEntries || Interlocked.Add(ref _bytes, rendered.Body.Length) > MaxBytes)
            {
                _entries.Clear();
                Interlocked.Exchange(ref _bytes, rendered.Body.Length);
            }
            // Stored under the version read before rendering: a write during rendering makes the entry stale at once, never wrongly fresh.
            _entries[key] = new Entry(version, now, rendered);
        }
        return result;
    }
}
