namespace CaliFlow.Modules.Users.Contracts;

/// <summary>Authorization policies the Users module registers; other modules put them on their endpoints.</summary>
public static class UsersPolicies
{
    /// <summary>The caller's subscription is premium and active; otherwise 403 with the reason.</summary>
    public const string Premium = "premium";

    /// <summary>The caller has the admin role (library management).</summary>
    public const string Admin = "admin";
}

public static class UserRoles
{
    public const string Member = "member";
    public const string Admin = "admin";
}
