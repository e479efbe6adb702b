using System.Collections.Concurrent;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Users.Auth;
using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace CaliFlow.Modules.Users.AccessTokens;

/// <summary>
/// Finds personal access tokens for the host's authentication, the way <see cref="SessionValidator"/> checks sessions: the
/// answer is cached in Redis and copied in-process by token hash, and revocation (<see cref="AccessTokenRevocation"/>) removes
/// both on every instance after its commit. Expiry is compared on each request, never cached.
/// </summary>
internal sealed class AccessTokenStore(
    IServiceProvider services, HybridCache cache, NearCache near, AccessTokenUses uses, TimeProvider time) : IAccessTokens
{
    private static readonly HybridCacheEntryOptions Entry = new()
    {
        Expiration = TimeSpan.FromMinutes(5),
        Flags = HybridCacheEntryFlags.DisableLocalCache,
    };

    public async ValueTask<AccessTokenGrant?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (!AccessTokenRules.LooksLikeToken(token))
        {
            return null;
        }

        var hash = TokenIssuer.Hash(token);
        var key = UsersCacheKeys.AccessToken(hash);
        AccessTokenGrant grant;
        try
        {
            grant = await near.GetOrReadAsync(key, (cache, services, key, hash), static state =>
                state.cache.GetOrCreateOnRequestAsync(
                    state.key,
                    (state.services, state.hash),
                    static (found, token) => ReadAsync(found.services, found.hash, token),
                    Entry));
        }
        catch (UnknownTokenException)
        {
            return null;
        }

        return grant.ExpiresAt is not { } end || end > time.GetUtcNow() ? grant : null;
    }

    public async Task RecordUseAsync(AccessTokenGrant grant, string? change, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = uses.IsDue(grant.TokenId, now);
        if (!due && change is null)
        {
            return; // most reads: nothing to write, so no DbContext either
        }

        var db = services.GetRequiredService<UsersDbContext>();
        if (due)
        {
            await db.AccessTokens.Where(t => t.Id == grant.TokenId)
                .ExecuteUpdateAsync(t => t.SetProperty(x => x.LastUsedAt, now), cancellationToken);
        }

        if (change is not null)
        {
            services.GetRequiredService<AuditTrail>().Record(db, grant.UserId, AuditActions.AccessTokenUsed, "access_token",
                grant.TokenId.ToString(), $"{change} with the access token \"{grant.Name}\".");
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The stored grant. A miss is thrown, not answered, so neither cache keeps it: anyone can send random well-formed tokens,
    /// and each kept miss would take a slot (Redis memory, the in-process copies sessions share) for five minutes.
    /// </summary>
    private static async ValueTask<AccessTokenGrant> ReadAsync(IServiceProvider services, string hash, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<UsersDbContext>();
        return await db.AccessTokens.AsNoTracking()
            .Where(t => t.TokenHash == hash)
            .Where(t => db.Users.Any(u => u.Id == t.UserId)) // the soft-delete filter hides a deleted account
            .Select(t => new AccessTokenGrant(t.Id, t.UserId, t.Name, t.Scopes, t.ExpiresAt))
            .SingleOrDefaultAsync(cancellationToken) ?? throw new UnknownTokenException();
    }

    private sealed class UnknownTokenException : Exception;
}

/// <summary>When this instance last wrote each token's last use: at most one write a minute per token and instance.</summary>
internal sealed class AccessTokenUses
{
    private const int MaxTracked = 10_000;
    private static readonly TimeSpan Precision = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _written = new();

    public bool IsDue(Guid tokenId, DateTimeOffset now)
    {
        if (_written.TryGetValue(tokenId, out var last) && now - last < Precision)
        {
            return false;
        }

        if (_written.Count >= MaxTracked)
        {
            _written.Clear(); // revoked tokens' entries would pile up; forgetting only costs one early write each
        }

        _written[tokenId] = now;
        return true;
    }
}
