using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Platform.OutboundWebhooks;

/// <summary>The host named a place a webhook may not go (or did not resolve); the message is safe to show the user.</summary>
internal sealed class OutboundAddressRefusedException(string message) : Exception(message);

/// <summary>
/// Keeps user-chosen webhook URLs away from internal addresses: at registration, and again on every connection the sender
/// opens (its <see cref="ConnectAsync"/> resolves the name itself and connects only to addresses it checked, so a DNS answer
/// that changes after registration, or between a check and the connect, cannot lead inside). Loopback is allowed only with
/// <see cref="WebhookOptions.AllowInsecureLocalhost"/> (development and tests).
/// </summary>
internal sealed class OutboundAddressGuard(IHostAddressResolver resolver, IOptions<WebhookOptions> options)
{
    /// <summary>Every address the host stands for, when all of them are allowed; otherwise throws.</summary>
    public async Task<IPAddress[]> ResolveAllowedAsync(string host, CancellationToken cancellationToken)
    {
        IPAddress[] addresses;
        if (IPAddress.TryParse(host, out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                addresses = await resolver.ResolveAsync(host, cancellationToken);
            }
            catch (SocketException)
            {
                throw new OutboundAddressRefusedException($"The host name '{host}' does not resolve.");
            }
        }

        if (addresses.Length == 0)
        {
            throw new OutboundAddressRefusedException($"The host name '{host}' does not resolve.");
        }

        if (!addresses.All(IsAllowed))
        {
            throw new OutboundAddressRefusedException(
                "The address is not public: loopback, private, link-local and other internal addresses are refused.");
        }

        return addresses;
    }

    /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/> that connects only to checked addresses.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = await ResolveAllowedAsync(context.DnsEndPoint.Host, cancellationToken);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private bool IsAllowed(IPAddress address) =>
        PublicAddresses.IsPublic(address) || (options.Value.AllowInsecureLocalhost && IPAddress.IsLoopback(address));
}
