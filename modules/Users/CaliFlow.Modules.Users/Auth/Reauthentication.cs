using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.Auth;

/// <summary>
/// The password asked again before what a stolen access token must not do alone: change the password, delete the account,
/// register a webhook. It counts like signing in (one throttle for both, or re-authentication would be an unthrottled way to
/// guess the password): a wrong password is a failed sign-in from this client, a held client is refused even with the right
/// one, and the right one clears the count. Runs in the caller's transaction, which commits the count even when it answers a failure.
/// </summary>
internal sealed class Reauthentication(
    IPasswordHasher<User> hasher, SignInThrottles throttles, TimeProvider time)
{
    public static readonly Error WrongPassword =
        Error.Validation("current_password_incorrect", "The current password is incorrect.", "currentPassword");

    private static readonly Error Missing =
        Error.Validation("current_password_required", "Confirm with your current password.", "currentPassword");

    /// <param name="action">What the password confirms, for the audit log ("delete the account").</param>
    /// <returns>Null when <paramref name="password"/> is the user's; otherwise the problem to answer.</returns>
    public async Task<Error?> CheckAsync(User user, string? password, string action, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Missing; // not a guess: nothing is counted
        }

        var now = time.GetUtcNow();
        var throttle = await throttles.LockAsync(user.NormalizedEmail, cancellationToken);
        if (throttle.WaitBeforeNextAttempt(now) is { } wait)
        {
            return SignInThrottles.Throttled(wait);
        }

        if (hasher.VerifyHashedPassword(user, user.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            throttles.RecordFailure(throttle, user.Id, $"Re-authentication to {action} failed: wrong password.");
            return WrongPassword;
        }

        throttles.Clear(throttle);
        return null;
    }
}

/// <summary>
/// <see cref="Reauthentication"/> for other modules' commands, in a short transaction of its own on the Users schema, before
/// their command starts: Users writes only its own rows, in its own transaction, and the other module's command stays the
/// request's one writer of its schema.
/// </summary>
internal sealed class PasswordConfirmation(UsersDbContext db, Reauthentication reauthentication) : IPasswordConfirmation
{
    public async Task<Error?> ConfirmAsync(Guid userId, string? password, string action, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return Error.NotFound("user_not_found", "The account no longer exists.");
        }

        var refused = await reauthentication.CheckAsync(user, password, action, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return refused;
    }
}
