namespace CaliFlow.Modules.Users;

internal sealed class UsersOptions
{
    /// <summary>Accounts with these emails get the admin role when they sign in (bootstrap of library managers).</summary>
    public List<string> AdminEmails { get; set; } = [];
}
