using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.Modules.Users.AccessTokens;
using CaliFlow.Modules.Users.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.Auth;

/// <summary>
/// Ends sign-in sessions (refresh-token families) inside the caller's command: their links are revoked, so they cannot be
/// refreshed, and each session's cached check is removed after the commit, so their access tokens stop working at once
/// (<see cref="SessionValidator"/>). Every revocation goes through here: one that did not would leave its access tokens
/// working until the cached answer expires.
/// </summary>
internal sealed class Sessions(UsersDbContext db, CacheInvalidation cache, AccessTokenRevocation accessTokens, TimeProvider time)
{
    /// <summary>One session of the user: signing out, or a rotated refresh token presented again.</summary>
    public Task EndAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken) =>
        RevokeAsync(userId, only: sessionId, except: null, cancellationToken);

    /// <summary>
    /// Every session of the user but <paramref name="except"/> (the caller's own, when it stays signed in). Signing out
    /// everywhere (no exception: a password reset, a role change, the account deleted) also revokes every personal access token.
    /// </summary>
    public async Task EndAllAsync(Guid userId, CancellationToken cancellationToken, Guid? except = null)
    {
        await RevokeAsync(userId, only: null, except, cancellationToken);
        if (except is null)
        {
            await accessTokens.RevokeAllAsync(userId, cancellationToken);
        }
    }

    private async Task RevokeAsync(Guid userId, Guid? only, Guid? except, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // RETURNING names exactly the sessions this statement ended, a sign-in committed a moment before included.
        var ended = await db.Database.SqlQuery<Guid>($"""
            UPDATE users.refresh_tokens SET revoked_at = {now}
            WHERE user_id = {userId} AND revoked_at IS NULL
              AND ({only == null} OR family_id = {only ?? Guid.Empty}) AND family_id <> {except ?? Guid.Empty}
            RETURNING family_id AS "Value"
            """).ToListAsync(cancellationToken);
        foreach (var sessionId in ended.Distinct())
        {
            cache.Invalidate(UsersCacheKeys.Session(sessionId));
        }
    }
}
