namespace CaliFlow.Modules.Users;

internal static class UsersCacheKeys
{
    public static string Me(Guid userId) => $"users:me:{userId}";

    public static string Subscription(Guid userId) => $"users:subscription:{userId}";
}
