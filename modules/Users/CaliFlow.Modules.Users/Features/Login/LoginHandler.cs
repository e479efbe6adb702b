using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Users.Auth;
using CaliFlow.Modules.Users.Domain;
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
    SignInThrottles throttles,
    TimeProvider time) : ICommandHandler<LoginCommand, Result<TokenResponse>>
{
    private static readonly Error InvalidCredentials = Error.Unauthorized("invalid_credentials", "Email or password is incorrect.");

    // The throw-away hash an unknown address is checked against is made by the injected hasher, so it has the iteration count
    // real hashes have and costs as much to verify.
    private static readonly User Nobody = User.Register("nobody@invalid", "");
    private static string? _nobodyHash;

    public async ValueTask<Result<TokenResponse>> Handle(LoginCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var normalizedEmail = User.Normalize(command.Email);
        var throttle = await throttles.LockAsync(normalizedEmail, cancellationToken);
        if (throttle.WaitBeforeNextAttempt(now) is { } wait)
        {
            return SignInThrottles.Throttled(wait); // before any password is checked, the same for every address, known or not
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken);
        PasswordVerificationResult verdict;
        if (user is null)
        {
            // Verifying against a throw-away hash keeps the response time from telling which emails exist.
            hasher.VerifyHashedPassword(Nobody, _nobodyHash ??= hasher.HashPassword(Nobody, "not-a-password-1"), command.Password);
            verdict = PasswordVerificationResult.Failed;
        }
        else
        {
            verdict = hasher.VerifyHashedPassword(user, user.PasswordHash, command.Password);
        }

        if (user is null || verdict == PasswordVerificationResult.Failed)
        {
            // The tried email is the only way to see a spraying attack on non-existent accounts; it is no secret.
            throttles.RecordFailure(throttle, user?.Id, user is null ? "Sign-in failed: no such account." : "Sign-in failed: wrong password.");
            return InvalidCredentials;
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            // Made with fewer iterations (or an older format) than PasswordHashing asks for now: store a stronger hash.
            user.ChangePassword(hasher.HashPassword(user, command.Password));
        }

        throttles.Clear(throttle);
        audit.Record(db, user.Id, AuditActions.LoginSucceeded, "user", user.Id.ToString(), "Signed in.");
        return tokens.Issue(user, familyId: Guid.CreateVersion7()).Response;
    }
}
