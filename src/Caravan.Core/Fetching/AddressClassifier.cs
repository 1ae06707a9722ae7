using System.Net;
using System.Net.Sockets;

namespace Caravan.Fetching;

/// <summary>Decides whether an address is on the public internet, the only place Caravan fetches from by default.</summary>
public static class AddressClassifier
{
    // IANA IPv4 Special-Purpose Address Registry (RFC 6890 and updates).
    private static readonly IPNetwork[] NonPublicV4 =
    [
        IPNetwork.Parse("0.0.0.0/8"),        // "this network", unspecified (RFC 791)
        IPNetwork.Parse("10.0.0.0/8"),       // private (RFC 1918)
        IPNetwork.Parse("100.64.0.0/10"),    // carrier-grade NAT (RFC 6598)
        IPNetwork.Parse("127.0.0.0/8"),      // loopback (RFC 1122)
        IPNetwork.Parse("169.254.0.0/16"),   // link-local, cloud metadata lives here (RFC 3927)
        IPNetwork.Parse("172.16.0.0/12"),    // private (RFC 1918)
        IPNetwork.Parse("192.0.0.0/24"),     // IETF protocol assignments (RFC 6890)
        IPNetwork.Parse("192.0.2.0/24"),     // documentation (RFC 5737)
        IPNetwork.Parse("192.168.0.0/16"),   // private (RFC 1918)
        IPNetwork.Parse("198.18.0.0/15"),    // benchmarking (RFC 2544)
        IPNetwork.Parse("198.51.100.0/24"),  // documentation (RFC 5737)
        IPNetwork.Parse("203.0.113.0/24"),   // documentation (RFC 5737)
        IPNetwork.Parse("224.0.0.0/4"),      // multicast (RFC 5771)
        IPNetwork.Parse("240.0.0.0/4"),      // reserved, includes broadcast 255.255.255.255 (RFC 1112)
    ];

    // IANA IPv6 Special-Purpose Address Registry.
    private static readonly IPNetwork[] NonPublicV6 =
    [
        IPNetwork.Parse("::/128"),           // unspecified (RFC 4291)
        IPNetwork.Parse("::1/128"),          // loopback (RFC 4291)
        IPNetwork.Parse("::/96"),            // deprecated IPv4-compatible (RFC 4291 §2.5.5.1)
        IPNetwork.Parse("100::/64"),         // discard-only (RFC 6666)
        IPNetwork.Parse("2001:db8::/32"),    // documentation (RFC 3849)
        IPNetwork.Parse("fc00::/7"),         // unique local (RFC 4193)
        IPNetwork.Parse("fe80::/10"),        // link-local (RFC 4291)
        IPNetwork.Parse("fec0::/10"),        // deprecated site-local (RFC 3879)
        IPNetwork.Parse("ff00::/8"),         // multicast (RFC 4291)
    ];

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");   // RFC 6052
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");   // RFC 3056
    private static readonly IPNetwork Teredo = IPNetwork.Parse("2001::/32");      // RFC 4380

    /// <summary>True for a globally routable unicast address; IPv4 embedded in IPv6 is judged as IPv4.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) return IsPublic(address.MapToIPv4());
        if (address.AddressFamily == AddressFamily.InterNetwork)
            return !NonPublicV4.Any(n => n.Contains(address));
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return false;
        if (address.ScopeId != 0) return false;
        if (NonPublicV6.Any(n => n.Contains(address))) return false;
        var bytes = address.GetAddressBytes();
        // Translation prefixes carry an IPv4 address that a gateway will connect to: judge that one.
        if (Nat64.Contains(address)) return IsPublic(new IPAddress(bytes.AsSpan(12, 4)));
        if (SixToFour.Contains(address)) return IsPublic(new IPAddress(bytes.AsSpan(2, 4)));
        // Teredo obfuscates the client's address (RFC 4380 §4); refuse rather than guess.
        if (Teredo.Contains(address)) return false;
        return true;
    }
}
