using System.Net;
using System.Net.Sockets;

namespace CaliFlow.BuildingBlocks.Web;

/// <summary>
/// Which bucket a client address counts against. An IPv6 client usually holds a whole /64 and can pick any address in it, so
/// the /64 is the client; an IPv4-mapped address is its IPv4 address.
/// </summary>
public static class ClientPartition
{
    public static string For(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> prefix = stackalloc byte[16];
        address.TryWriteBytes(prefix, out _);
        prefix[8..].Clear();
        return $"{new IPAddress(prefix)}/64";
    }
}
