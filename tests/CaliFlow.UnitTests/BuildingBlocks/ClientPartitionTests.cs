using System.Net;
using CaliFlow.BuildingBlocks.Web;
using Shouldly;

namespace CaliFlow.UnitTests.BuildingBlocks;

public sealed class ClientPartitionTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    public void An_ipv4_client_is_its_address_and_an_ipv6_client_its_64(string address, string partition) =>
        ClientPartition.For(IPAddress.Parse(address)).ShouldBe(partition);

    [Fact]
    public void No_address_is_one_partition() => ClientPartition.For(null).ShouldBe("unknown");
}
