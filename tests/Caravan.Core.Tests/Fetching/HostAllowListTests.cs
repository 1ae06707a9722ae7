using System.Net;

namespace Caravan.Fetching;

public sealed class HostAllowListTests
{
    [Fact]
    public void Parse_CommaSeparatedHostsAndRanges_AllowsExactlyThose()
    {
        var list = HostAllowList.Parse(" demo.caravan.local, 127.0.0.1 ,10.8.0.0/16,::1");

        Assert.True(list.AllowsHost("DEMO.caravan.local"));
        Assert.True(list.AllowsHost("demo.caravan.local."));
        Assert.False(list.AllowsHost("other.local"));
        Assert.True(list.AllowsAddress(IPAddress.Parse("127.0.0.1")));
        Assert.True(list.AllowsAddress(IPAddress.Parse("::ffff:127.0.0.1")));
        Assert.False(list.AllowsAddress(IPAddress.Parse("127.0.0.2")));
        Assert.True(list.AllowsAddress(IPAddress.Parse("10.8.200.3")));
        Assert.False(list.AllowsAddress(IPAddress.Parse("10.9.0.1")));
        Assert.True(list.AllowsAddress(IPAddress.Parse("::1")));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" , ")]
    [InlineData(null)]
    public void Parse_Empty_AllowsNothing(string? value)
    {
        var list = HostAllowList.Parse(value);

        Assert.Empty(list.Hosts);
        Assert.Empty(list.Networks);
    }

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("not a host")]
    [InlineData("http://demo.local/")]
    public void Parse_MalformedEntry_ThrowsNamingIt(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => HostAllowList.Parse(value));

        Assert.Contains("Fetching:AllowedHosts", error.Message);
    }
}
