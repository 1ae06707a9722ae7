using System.Net;

namespace Caravan.Fetching;

/// <summary>Hosts and CIDR ranges exempt from the internal-address guard (config <c>Fetching:AllowedHosts</c>).</summary>
public sealed class HostAllowList
{
    private readonly HashSet<string> _hosts;
    private readonly IReadOnlyList<IPNetwork> _networks;

    private HostAllowList(HashSet<string> hosts, IReadOnlyList<IPNetwork> networks)
    {
        _hosts = hosts;
        _networks = networks;
    }

    public static HostAllowList Empty { get; } = new([], []);

    public IReadOnlyCollection<string> Hosts => _hosts;
    public IReadOnlyList<IPNetwork> Networks => _networks;

    /// <summary>Parses "demo.local, 127.0.0.1, 10.0.0.0/8, ::1"; a bare address counts as a /32 or /128.</summary>
    public static HostAllowList Parse(string? commaSeparated)
    {
        var hosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var networks = new List<IPNetwork>();
        foreach (var raw in (commaSeparated ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var entry = raw.Trim('[', ']');
            if (entry.Contains('/'))
            {
                if (!IPNetwork.TryParse(entry, out var network))
                    throw new ArgumentException($"Fetching:AllowedHosts: '{raw}' is not a valid CIDR range");
                networks.Add(network);
            }
            else if (IPAddress.TryParse(entry, out var address))
            {
                var canonical = Canonical(address);
                networks.Add(new IPNetwork(canonical, canonical.GetAddressBytes().Length * 8));
            }
            else if (Uri.CheckHostName(entry) == UriHostNameType.Dns)
            {
                hosts.Add(entry.TrimEnd('.'));
            }
            else
            {
                throw new ArgumentException($"Fetching:AllowedHosts: '{raw}' is neither a host name nor an address");
            }
        }
        return new HostAllowList(hosts, networks);
    }

    public bool AllowsHost(string host) => _hosts.Contains(host.TrimEnd('.'));

    public bool AllowsAddress(IPAddress address)
    {
        var canonical = Canonical(address);
        foreach (var network in _networks)
            if (network.BaseAddress.AddressFamily == canonical.AddressFamily && network.Contains(canonical))
                return true;
        return false;
    }

    private static IPAddress Canonical(IPAddress address) =>
        address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
