namespace CaliFlow.Modules.Users;

internal static class UsersCacheKeys
{
    public static string Me(Guid userId) => $"users:me:{userId}";

    public static string Subscription(Guid userId) => $"users:subscription:{userId}";

    /// <summary>Whether a sign-in session is alive, asked on every authenticated request; removed whenever it is revoked.</summary>
    public static string Session(Guid sessionId) => $"{SessionPrefix}{sessionId}";

    public const string SessionPrefix = "users:session:";

    /// <summary>A personal access token's grant by the token's hash, asked on every request made with it; removed when revoked.</summary>
    public static string AccessToken(string tokenHash) => $"{AccessTokenPrefix}{tokenHash}";

    public const string AccessTokenPrefix = "users:access-token:";
}
