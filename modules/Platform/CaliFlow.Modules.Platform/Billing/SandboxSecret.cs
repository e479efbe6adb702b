using System.Security.Cryptography;
using System.Text;
using CaliFlow.BuildingBlocks.Security;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Platform.Billing;

/// <summary>The sandbox's signing key: configured, or derived from the JWT key so all instances share it and the repo holds none.</summary>
internal sealed class SandboxSecret(IOptions<BillingOptions> billing, IOptions<JwtOptions> jwt)
{
    private readonly Lazy<byte[]> _key = new(() =>
        string.IsNullOrWhiteSpace(billing.Value.Sandbox.WebhookSecret)
            ? HMACSHA256.HashData(jwt.Value.SigningKeyBytes(), Encoding.UTF8.GetBytes("califlow:billing:sandbox-webhooks"))
            : Encoding.UTF8.GetBytes(billing.Value.Sandbox.WebhookSecret));

    public byte[] Key => _key.Value;
}
