using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CaliFlow.Modules.Programming.CalendarFeeds;

/// <summary>The secret in a calendar feed's address: 32 random bytes, base64url, recognisable by its prefix; stored as its SHA-256.</summary>
internal static class CalendarFeedTokens
{
    public const string Prefix = "cfc_";
    public const int Length = 47;

    public static string New() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
