using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Users.Auth;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.Features.ResetPassword;

/// <summary>
/// Sets the password chosen through a reset link and ends every session of the account: whoever held the old password (or a
/// stolen refresh token) is out. Receiving the link also proves the address, so it counts as verified from now on.
/// </summary>
internal sealed class ResetPasswordHandler(
    UsersDbContext db,
    IPasswordHasher<User> hasher,
    Sessions sessions,
    CacheInvalidation cache,
    AuditTrail audit,
    TimeProvider time) : ICommandHandler<ResetPasswordCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var token = await AccountTokens.FindUsableAsync(db, command.Token, AccountTokenPurpose.ResetPassword, now, cancellationToken);
        var user = token is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == token.UserId, cancellationToken);
        if (token is null || user is null)
        {
            return AccountTokens.InvalidToken;
        }

        if (string.Equals(command.NewPassword, user.Email, StringComparison.OrdinalIgnoreCase))
        {
            return Error.Validation("password_is_email", "Password must not be your email.", "newPassword");
        }

        token.Consume(now);
        user.ChangePassword(hasher.HashPassword(user, command.NewPassword));
        user.VerifyEmail(now);
        await sessions.EndAllAsync(user.Id, cancellationToken);
        audit.Record(db, user.Id, AuditActions.PasswordReset, "user", user.Id.ToString(),
            "Password reset through the mailed link; every session of the account was signed out.");
        cache.Invalidate(UsersCacheKeys.Me(user.Id));
        return Unit.Value;
    }
}
