using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.Modules.Users.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.Auth;

/// <summary>
/// Ends sign-in sessions (refresh-token families) inside the caller's command: their links are revoked, so they cannot be
/// refreshed, and each session's cached check is removed after the commit, so their access tokens stop working at once
/// (<see cref="SessionValidator"/>). Every revocation goes through here: one that did not would leave its access tokens
/// working until the cached answer expires.
/// </summary>
internal sealed class Sessions(UsersDbContext db, CacheInvalidation cache, TimeProvider time)
{
    public async Task EndAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.RefreshTokens
            .Where(t => t.FamilyId == sessionId && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, now), cancellationToken);
        cache.Invalidate(UsersCacheKeys.Session(sessionId));
    }

    /// <summary>Every session of the user but <paramref name="except"/> (the caller's own, when it stays signed in).</summary>
    public async Task EndAllAsync(Guid userId, CancellationToken cancellationToken, Guid? except = null)
    {
        var now = time.GetUtcNow();
        var kept = except ?? Guid.Empty;
        // RETURNING names exactly the sessions this statement ended, a sign-in committed a moment before included.
        var ended = await db.Database.SqlQuery<Guid>($"""
            UPDATE users.refresh_tokens SET revoked_at = {now}
            WHERE user_id = {userId} AND revoked_at IS NULL AND family_id <> {kept}
            RETURNING family_id AS "Value"
            """).ToListAsync(cancellationToken);
        foreach (var sessionId in ended.Distinct())
        {
            cache.Invalidate(UsersCacheKeys.Session(sessionId));
        }
    }
}
