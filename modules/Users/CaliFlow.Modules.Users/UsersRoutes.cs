namespace CaliFlow.Modules.Users;

internal static class UsersRoutes
{
    public const string AuthTag = "Auth";
    public const string MeTag = "Me";
}
