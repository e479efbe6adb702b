using System.Net;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.Auth;

/// <summary>Where sign-in and re-authentication find the <see cref="SignInThrottle"/> of an address and the calling client.</summary>
internal sealed class SignInThrottles(UsersDbContext db, IRequestOrigin origin)
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

    public static Error Throttled(TimeSpan wait) =>
        Error.TooManyRequests("sign_in_throttled", $"Too many failed sign-ins from here. Try again in {Math.Ceiling(wait.TotalSeconds)} s.")
            with { RetryAfter = wait };
}
