using CaliFlow.BuildingBlocks.Messaging;

namespace CaliFlow.Modules.Users.AccountEmails;

internal enum AccountEmailKind
{
    /// <summary>A link that proves the address belongs to the account's owner.</summary>
    VerifyEmail,

    /// <summary>A link to choose a new password.</summary>
    ResetPassword,

    /// <summary>Someone tried to register the address of an existing account: its owner is told instead of the caller.</summary>
    AlreadyRegistered,
}

/// <summary>
/// A command's request for an account mail, written to the Users outbox in the command's transaction and sent by
/// <see cref="SendAccountEmail"/> once that transaction has committed. Internal to Users: no other module reacts to it.
/// It names the address, not the account, so asking for a reset costs the same whether or not the address has an account.
/// </summary>
/// <param name="Email">The normalized (lower-cased) address.</param>
internal sealed record AccountEmailRequestedIntegrationEvent(string Email, AccountEmailKind Kind) : IIntegrationEvent;
