using CaliFlow.Modules.Users.Domain;

namespace CaliFlow.Modules.Users.AccessTokens;

internal static class AccessTokenRules
{
    public const int MaxNameLength = 100;
    public const int MaxPerUser = 20;
    public const int MaxLifetimeDays = 366;

    /// <summary>The prefix and 43 base64url characters (32 random bytes): anything else is not worth a lookup.</summary>
    public static bool LooksLikeToken(string token) =>
        token.Length == AccessToken.Prefix.Length + 43 && token.StartsWith(AccessToken.Prefix, StringComparison.Ordinal);
}
