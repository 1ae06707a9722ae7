using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Caravan.Fetching;

/// <summary>A resolver from a table, since tests have no DNS; remembers what it was asked.</summary>
internal sealed class FixedResolver(params (string Host, string Address)[] entries) : IHostResolver
{
    public ConcurrentQueue<string> Lookups { get; } = new();

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct)
    {
        Lookups.Enqueue(host);
        var addresses = entries.Where(e => e.Host.Equals(host, StringComparison.OrdinalIgnoreCase)).Select(e => IPAddress.Parse(e.Address)).ToArray();
        return addresses.Length > 0 ? Task.FromResult(addresses) : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
    }
}
