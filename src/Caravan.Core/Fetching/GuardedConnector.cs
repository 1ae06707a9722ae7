using System.Net;
using System.Net.Sockets;

namespace Caravan.Fetching;

/// <summary>Raised inside <see cref="GuardedConnector"/> when every address of a host is internal.</summary>
internal sealed class AddressRefusedException(string message) : Exception(message);

/// <summary>
/// The SocketsHttpHandler ConnectCallback: resolves the host itself and connects only to public
/// addresses (or allow-listed ones). Checking the address at connect time, not the URL string,
/// also catches DNS rebinding and redirects to internal addresses, before any packet is sent.
/// </summary>
internal sealed class GuardedConnector(HostAllowList allowList, IHostResolver resolver)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var endpoint = context.DnsEndPoint;
        var addresses = await AllowedAddressesAsync(endpoint.Host, ct).ConfigureAwait(false);
        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), ct).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                last = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last ?? new SocketException((int)SocketError.HostNotFound);
    }

    /// <summary>The addresses of <paramref name="host"/> Caravan may connect to; throws when there are none.</summary>
    public async Task<IReadOnlyList<IPAddress>> AllowedAddressesAsync(string host, CancellationToken ct)
    {
        var literal = host.Trim('[', ']');
        var addresses = IPAddress.TryParse(literal, out var parsed)
            ? [parsed]
            : await resolver.ResolveAsync(host, ct).ConfigureAwait(false);
        if (addresses.Length == 0) throw new SocketException((int)SocketError.HostNotFound);
        var hostAllowed = parsed is null && allowList.AllowsHost(host);
        var allowed = addresses.Where(a => hostAllowed || allowList.AllowsAddress(a) || AddressClassifier.IsPublic(a)).ToList();
        if (allowed.Count == 0)
            throw new AddressRefusedException(
                $"{host} resolves to {addresses[0]}, an internal address not on Fetching:AllowedHosts");
        return allowed;
    }
}
