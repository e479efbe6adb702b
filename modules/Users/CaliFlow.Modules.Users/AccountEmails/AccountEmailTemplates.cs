using CaliFlow.BuildingBlocks.Email;
using CaliFlow.Modules.Users.Domain;

namespace CaliFlow.Modules.Users.AccountEmails;

/// <summary>The texts of the account mails. Each link also shows its token, for an app that asks for it to be pasted.</summary>
internal static class AccountEmailTemplates
{
    public static EmailMessage VerifyEmail(string to, AppLinkOptions links, string token) => new(
        to,
        "Confirm your email address for CaliFlow",
        $"""
        Hello,

        please confirm that {to} is your address by opening this link within {AccountToken.VerifyEmailLifetime.TotalHours:0} hours:

        {links.Link("verify-email", token)}

        If the app asks for a code, enter: {token}

        If you did not create a CaliFlow account, ignore this message: nothing happens without the link.
        """);

    public static EmailMessage ResetPassword(string to, AppLinkOptions links, string token) => new(
        to,
        "Reset your CaliFlow password",
        $"""
        Hello,

        someone asked to reset the password of the CaliFlow account for {to}. To choose a new password, open this link within
        {AccountToken.ResetPasswordLifetime.TotalMinutes:0} minutes:

        {links.Link("reset-password", token)}

        If the app asks for a code, enter: {token}

        A new password signs the account out on every device. If you did not ask for this, ignore this message: your password
        stays as it is.
        """);

    public static EmailMessage AlreadyRegistered(string to, AppLinkOptions links) => new(
        to,
        "Someone tried to register with your address",
        $"""
        Hello,

        someone just tried to create a CaliFlow account with {to}, which already has one. No account was created and yours
        has not changed.

        If it was you, sign in with your password, or reset it if you have forgotten it:

        {links.Link("forgot-password")}

        If it was not you, you can ignore this message.
        """);
}
