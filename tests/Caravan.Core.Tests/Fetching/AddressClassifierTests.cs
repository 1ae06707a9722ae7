using System.Net;

namespace Caravan.Fetching;

public sealed class AddressClassifierTests
{
    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("10.0.0.1")]
    [InlineData("100.64.0.1")]        // CGNAT
    [InlineData("100.127.255.254")]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.255.255")]
    [InlineData("169.254.169.254")]   // cloud metadata
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("224.0.0.1")]         // multicast
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd12:3456::1")]      // unique local
    [InlineData("ff02::1")]           // multicast
    [InlineData("::ffff:127.0.0.1")]  // IPv4-mapped loopback
    [InlineData("::ffff:10.1.2.3")]
    [InlineData("::127.0.0.1")]       // IPv4-compatible (deprecated)
    [InlineData("64:ff9b::a00:1")]    // NAT64 of 10.0.0.1
    [InlineData("2002:c0a8:101::1")]  // 6to4 of 192.168.1.1
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2")] // Teredo
    public void IsPublic_InternalOrSpecialAddress_IsFalse(string address) =>
        Assert.False(AddressClassifier.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("1.1.1.1")]
    [InlineData("100.63.255.255")]    // just below CGNAT
    [InlineData("172.32.0.1")]        // just above 172.16/12
    [InlineData("2606:2800:220:1:248:1893:25c8:1946")]
    [InlineData("::ffff:93.184.216.34")]
    [InlineData("64:ff9b::5db8:d822")] // NAT64 of 93.184.216.34
    public void IsPublic_GlobalUnicastAddress_IsTrue(string address) =>
        Assert.True(AddressClassifier.IsPublic(IPAddress.Parse(address)));
}
