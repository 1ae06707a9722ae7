// Fetches each URL given with the default fetch limits (loopback allowed) and prints one line per
// URL, "<status> <bytes>", then "peak-working-set <bytes>"; timings go to stderr. Used by FetcherMemoryTests.
using System.Diagnostics;
using Caravan.Fetching;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Caravan.FetchProbe <url>...");
    return 2;
}
using var fetcher = new HttpFetcher(new FetchOptions { AllowedHosts = "127.0.0.1", MinDelayBetweenRequestsToHostMs = 0 }, TimeProvider.System);
foreach (var url in args)
{
    var result = await fetcher.FetchAsync(new FetchRequest(new Uri(url)), CancellationToken.None);
    Console.WriteLine($"{result.Status} {result.Bytes}");
    Console.Error.WriteLine($"{url} {result.Duration.TotalMilliseconds:0} ms");
}
using var self = Process.GetCurrentProcess();
self.Refresh();
Console.WriteLine($"peak-working-set {self.PeakWorkingSet64}");
return 0;
