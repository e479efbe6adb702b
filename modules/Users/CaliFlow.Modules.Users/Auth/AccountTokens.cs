using System.Security.Cryptography;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace CaliFlow.Modules.Users.Auth;

/// <summary>Makes and finds the tokens of mailed links (<see cref="AccountToken"/>); the caller's transaction saves the changes.</summary>
internal static class AccountTokens
{
    /// <summary>One answer for an unknown, spent, replaced or expired token: which of them it was helps no one but a guesser.</summary>
    public static readonly Error InvalidToken = Error.Validation(
        "invalid_token", "This link is not valid: it was used, replaced by a newer one or has expired. Ask for a new one.", "token");

    /// <summary>A new random token (32 bytes, base64url) for the link; the older unused ones of its purpose stop working.</summary>
    public static async Task<string> IssueAsync(
        UsersDbContext db, Guid userId, AccountTokenPurpose purpose, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.AccountTokens
            .Where(t => t.UserId == userId && t.Purpose == purpose && t.ConsumedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.ConsumedAt, now), cancellationToken);
        var token = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        db.AccountTokens.Add(AccountToken.Issue(userId, purpose, TokenIssuer.Hash(token), now));
        return token;
    }

    /// <summary>
    /// The stored token when it is unused, unexpired and of <paramref name="purpose"/>, else null. Its row stays locked until the
    /// transaction ends: of two requests with the same token, the second waits and then finds it spent.
    /// </summary>
    public static async Task<AccountToken?> FindUsableAsync(
        UsersDbContext db, string token, AccountTokenPurpose purpose, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var hash = TokenIssuer.Hash(token);
        var stored = await db.AccountTokens
            .FromSql($"SELECT * FROM users.account_tokens WHERE token_hash = {hash} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        return stored is not null && stored.IsUsable(purpose, now) ? stored : null;
    }
}
