using CaliFlow.BuildingBlocks.Application;

namespace CaliFlow.Modules.Users.Contracts;

/// <summary>
/// Re-authentication for other modules' actions that a stolen access token must not be able to take on its own (registering a
/// webhook that would receive the user's data). Not read-only: a wrong password counts as a failed sign-in from this client and
/// can hold it back, as it does when signing in.
/// </summary>
public interface IPasswordConfirmation
{
    /// <summary>
    /// Null when <paramref name="password"/> is the user's current password; otherwise the problem to answer: 400
    /// <c>current_password_incorrect</c> (or <c>current_password_required</c>) on the <c>currentPassword</c> field, or 429
    /// <c>sign_in_throttled</c>. The outcome is recorded in a short transaction of Users' own, so call it before the command
    /// (from the endpoint), never inside another transaction.
    /// </summary>
    /// <param name="action">What the password confirms, for the audit log, e.g. "register a webhook".</param>
    Task<Error?> ConfirmAsync(Guid userId, string? password, string action, CancellationToken cancellationToken);
}
