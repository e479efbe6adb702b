using System.Net;

namespace CaliFlow.Modules.Platform.OutboundWebhooks;

/// <summary>Turns a host name into addresses; replaced in tests to play DNS answers (rebinding among them).</summary>
internal interface IHostAddressResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}

internal sealed class DnsHostAddressResolver : IHostAddressResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}
