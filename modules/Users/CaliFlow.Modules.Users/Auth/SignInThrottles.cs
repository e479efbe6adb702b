using System.Net;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.Auth;

/// <summary>Where sign-in and re-authentication find the <see cref="SignInThrottle"/> of an address and the calling client.</summary>
internal sealed class SignInThrottles(UsersDbContext db, IRequestOrigin origin, AuditTrail audit, TimeProvider time)
{
    /// <summary>
    /// This (address, client) pair's row, locked until the caller's transaction commits: attempts from one client at one
    /// address run one after another and each sees the failures before it, so a burst of parallel guesses cannot all read
    /// the same count.
    /// </summary>
    public async Task<SignInThrottle> LockAsync(string normalizedEmail, CancellationToken cancellationToken)
    {
        var client = ClientPartition.For(IPAddress.TryParse(origin.IpAddress, out var address) ? address : null);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO users.sign_in_throttles (email, client, failures, last_failed_at) VALUES ({normalizedEmail}, {client}, 0, '1970-01-01Z') ON CONFLICT DO NOTHING",
            cancellationToken);
        return await db.SignInThrottles
            .FromSql($"SELECT * FROM users.sign_in_throttles WHERE email = {normalizedEmail} AND client = {client} FOR UPDATE")
            .SingleAsync(cancellationToken);
    }

    /// <summary>A wrong password (or an unknown address): counted, audited, and audited again when it holds the client back.</summary>
    /// <param name="userId">The account, or null when no account has the address (then the address is the audit's subject).</param>
    public void RecordFailure(SignInThrottle throttle, Guid? userId, string summary)
    {
        throttle.RecordFailure(time.GetUtcNow());
        var (subjectType, subject) = userId is { } id ? ("user", id.ToString()) : ("email", throttle.Email);
        audit.Record(db, userId, AuditActions.LoginFailed, subjectType, subject, summary);
        if (throttle.BlockedUntil is { } blockedUntil)
        {
            audit.Record(db, userId, AuditActions.SignInThrottled, subjectType, subject,
                $"Sign-in from {throttle.Client} held until {blockedUntil:O} after {throttle.Failures} failures in a row.");
        }
    }

    /// <summary>The right password: the count starts again.</summary>
    public void Clear(SignInThrottle throttle) => db.SignInThrottles.Remove(throttle);

    public static Error Throttled(TimeSpan wait) =>
        Error.TooManyRequests("sign_in_throttled", $"Too many failed sign-ins from here. Try again in {Math.Ceiling(wait.TotalSeconds)} s.")
            with { RetryAfter = wait };
}
