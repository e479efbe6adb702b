using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace CaliFlow.Modules.Users.Auth;

/// <summary>
/// The session check behind every authenticated request. The answer is cached in Redis per session for a few minutes (null for a
/// session that has ended, which never comes back); every revocation removes it after its commit (<see cref="Sessions"/>), so
/// the expiry only bounds a request that read the session just before a revocation committed and stored its answer just after.
/// Each instance also keeps an in-process copy (<see cref="NearCache"/>), dropped on every instance when a revocation removes
/// the Redis entry, so a hit costs no round trip at all; with Redis down the answer comes from PostgreSQL.
/// </summary>
internal sealed class SessionValidator(IServiceProvider services, HybridCache cache, NearCache near, TimeProvider time) : ISessionValidator
{
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(5);

    private static readonly HybridCacheEntryOptions Entry = new()
    {
        Expiration = CacheLifetime,
        Flags = HybridCacheEntryFlags.DisableLocalCache,
    };

    public async ValueTask<bool> IsActiveAsync(Guid sessionId, Guid userId, CancellationToken cancellationToken)
    {
        var key = UsersCacheKeys.Session(sessionId);
        var session = await near.GetOrReadAsync(key, (cache, services, key, sessionId), static state =>
            state.cache.GetOrCreateOnRequestAsync(
                state.key,
                (state.services, state.sessionId),
                static (found, token) => FindAsync(found.services, found.sessionId, token),
                Entry));
        // The end is compared now, not when cached, so a session never outlives its end by a cached answer.
        return session is not null && session.UserId == userId && session.ActiveUntil > time.GetUtcNow();
    }

    /// <summary>The session's live link (at most one: rotation revokes the old link as it adds the new), of a live account.</summary>
    private static async ValueTask<CachedSession?> FindAsync(IServiceProvider services, Guid sessionId, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<UsersDbContext>();
        return await db.RefreshTokens.AsNoTracking()
            .Where(t => t.FamilyId == sessionId && t.RevokedAt == null)
            .Where(t => db.Users.Any(u => u.Id == t.UserId)) // the soft-delete filter hides a deleted account
            .OrderByDescending(t => t.ExpiresAt)
            .Select(t => new CachedSession(t.UserId, t.ExpiresAt))
            .FirstOrDefaultAsync(cancellationToken);
    }
}

/// <param name="ActiveUntil">The live link's expiry, which is never after the session's absolute end.</param>
internal sealed record CachedSession(Guid UserId, DateTimeOffset ActiveUntil);
