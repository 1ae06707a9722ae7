using System.Collections.Concurrent;

namespace Caravan.Fetching;

/// <summary>robots.txt per origin, fetched once and kept for <see cref="FetchOptions.RobotsCacheMinutes"/>.</summary>
internal sealed class RobotsCache(FetchOptions options, TimeProvider time, Func<Uri, CancellationToken, Task<FetchResult>> fetch)
{
    // Unreachable answers are kept briefly so a passing outage does not block an origin for a day.
    private static readonly TimeSpan UnreachableCacheTime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, Lazy<Task<Entry>>> _entries = new(StringComparer.OrdinalIgnoreCase);

    public async Task<bool> IsAllowedAsync(Uri url, CancellationToken ct)
    {
        if (url.AbsolutePath == "/robots.txt") return true;
        var origin = url.GetLeftPart(UriPartial.Authority);
        while (true)
        {
            // Lazy: of two callers racing to add or renew an entry, only the winner's fetch starts.
            var lazy = _entries.GetOrAdd(origin, Load);
            var task = lazy.Value;
            if (task.IsCompleted && (task.IsFaulted || task.IsCanceled || task.Result.ExpiresAt <= time.GetUtcNow()))
            {
                _entries.TryUpdate(origin, Load(origin), lazy);
                continue;
            }
            // Shared by every caller of this origin, so one caller's cancellation must not cancel the others.
            var entry = await task.WaitAsync(ct).ConfigureAwait(false);
            return entry.Rules.IsAllowed(url);
        }
    }

    private Lazy<Task<Entry>> Load(string origin) => new(() => Task.Run(() => LoadAsync(origin)));

    private async Task<Entry> LoadAsync(string origin)
    {
        var result = await fetch(new Uri(origin + "/robots.txt"), CancellationToken.None).ConfigureAwait(false);
        if (result is FetchResult.MovedPermanently moved) result = moved.Result;
        var now = time.GetUtcNow();
        var fresh = now + TimeSpan.FromMinutes(options.RobotsCacheMinutes);
        return result switch
        {
            FetchResult.Fetched fetched => new Entry(RobotsTxt.Parse(fetched.Body, options.RobotsProductToken), fresh),
            // RFC 9309 §2.3.1.3: 4xx means "unavailable", and the crawler may fetch anything.
            FetchResult.Gone or FetchResult.Failed { HttpStatus: >= 400 and < 500 } or FetchResult.TooLarge => new Entry(RobotsTxt.AllowAll, fresh),
            // §2.3.1.4: 5xx, timeouts, network errors and 429 mean "unreachable": assume complete disallow.
            _ => new Entry(RobotsTxt.DisallowAll, now + UnreachableCacheTime),
        };
    }

    private sealed record Entry(RobotsTxt Rules, DateTimeOffset ExpiresAt);
}
