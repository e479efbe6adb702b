using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Users.Auth;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.System.Contracts;
using CaliFlow.Modules.Users.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.Features.Login;

internal sealed class LoginHandler(
    UsersDbContext db,
    IPasswordHasher<User> hasher,
    TokenIssuer tokens,
    AuditTrail audit,
    TimeProvider time) : ICommandHandler<LoginCommand, Result<TokenResponse>>
{
    private static readonly Error InvalidCredentials = Error.Unauthorized("invalid_credentials", "Email or password is incorrect.");

    // Verifying against a throw-away hash when the email is unknown keeps the response time from telling which emails exist.
    // It is made by the injected hasher, so it has the iteration count real hashes have and costs as much to verify.
    private static readonly User Nobody = User.Register("nobody@invalid", "");
    private static string? _nobodyHash;

    public async ValueTask<Result<TokenResponse>> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var normalizedEmail = User.Normalize(command.Email);
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken);
        if (user is null)
        {
            hasher.VerifyHashedPassword(Nobody, _nobodyHash ??= hasher.HashPassword(Nobody, "not-a-password-1"), command.Password);
            // The tried email is the only way to see a spraying attack on non-existent accounts; it is no secret.
            audit.Record(db, null, AuditActions.LoginFailed, "email", normalizedEmail, "Sign-in failed: no such account.");
            return InvalidCredentials;
        }

        if (user.IsLockedOut(now))
        {
            audit.Record(db, user.Id, AuditActions.LoginFailed, "user", user.Id.ToString(), "Sign-in refused: the account is locked.");
            return Locked(user);
        }

        var verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, command.Password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            user.RecordFailedSignIn(now);
            audit.Record(db, user.Id, AuditActions.LoginFailed, "user", user.Id.ToString(), "Sign-in failed: wrong password.");
            if (user.IsLockedOut(now))
            {
                audit.Record(db, user.Id, AuditActions.AccountLocked, "user", user.Id.ToString(),
                    $"Account locked until {user.LockedUntil:O} after {User.MaxFailedSignIns} failed sign-ins.");
                return Locked(user);
            }

            return InvalidCredentials;
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            // Made with fewer iterations (or an older format) than PasswordHashing asks for now: store a stronger hash.
            user.ChangePassword(hasher.HashPassword(user, command.Password));
        }

        user.RecordSuccessfulSignIn();
        audit.Record(db, user.Id, AuditActions.LoginSucceeded, "user", user.Id.ToString(), "Signed in.");
        return tokens.Issue(user, familyId: Guid.CreateVersion7()).Response;
    }

    private static Error Locked(User user) =>
        new(ErrorKind.Locked, "account_locked",
            $"Too many failed sign-ins. Try again after {user.LockedUntil:yyyy-MM-dd HH:mm:ss} UTC.");
}
