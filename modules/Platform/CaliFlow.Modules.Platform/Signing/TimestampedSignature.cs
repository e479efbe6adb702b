using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CaliFlow.Modules.Platform.Signing;

/// <summary>
/// The <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.payload"&gt;</c> scheme (Stripe's): the timestamp is signed with the
/// body, so an old message cannot be replayed with a fresh time. The sandbox payment provider signs and verifies its webhooks
/// with it, and outbound webhooks are signed with it for their receivers.
/// </summary>
internal static class TimestampedSignature
{
    public static string Sign(string payload, byte[] secret, DateTimeOffset timestamp)
    {
        var t = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Compute(payload, secret, t)}";
    }

    /// <summary>Null when one v1 signature matches and the timestamp is recent; otherwise why not.</summary>
    public static SignatureRejection? Verify(string payload, string? header, byte[] secret, DateTimeOffset now, TimeSpan tolerance)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return new SignatureRejection("signature_missing", "The webhook carries no signature header.");
        }

        string? timestamp = null;
        var signatures = new List<string>();
        foreach (var part in header.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = part.IndexOf('=', StringComparison.Ordinal);
            if (separator <= 0)
            {
                continue;
            }

            var (name, value) = (part[..separator], part[(separator + 1)..]);
            if (name == "t")
            {
                timestamp = value;
            }
            else if (name == "v1")
            {
                signatures.Add(value);
            }
        }

        if (timestamp is null || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || signatures.Count == 0)
        {
            return new SignatureRejection("signature_malformed", "The signature header is not t=<timestamp>,v1=<signature>.");
        }

        var expected = Encoding.ASCII.GetBytes(Compute(payload, secret, timestamp));
        if (!signatures.Any(s => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s), expected)))
        {
            return new SignatureRejection("signature_invalid", "The webhook signature does not match its payload.");
        }

        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            return new SignatureRejection("signature_stale", "The webhook was signed too long ago (or in the future).");
        }

        return null;
    }

    private static string Compute(string payload, byte[] secret, string timestamp) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes($"{timestamp}.{payload}")));
}

/// <summary>Why a signature was refused: a code for the problem answer and a sentence for people.</summary>
internal sealed record SignatureRejection(string Code, string Message);
