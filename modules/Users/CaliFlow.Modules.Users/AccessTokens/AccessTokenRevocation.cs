using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.Modules.Users.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.AccessTokens;

/// <summary>
/// Every revocation of a live account's personal access tokens goes through here, inside the caller's command: the rows are
/// deleted and each token's cached grant is removed after the commit, on every instance, so it stops working at once. (The
/// purge deletes the rows of an account whose tokens were revoked when it was deleted.)
/// </summary>
internal sealed class AccessTokenRevocation(UsersDbContext db, CacheInvalidation cache)
{
    /// <summary>One token of the user; false when the user has no such token.</summary>
    public async Task<bool> RevokeAsync(Guid userId, Guid tokenId, CancellationToken cancellationToken) =>
        await RevokeAsync(userId, (Guid?)tokenId, cancellationToken) > 0;

    /// <summary>All of the user's tokens: the account is deleted, or every session was ended (reset, role change).</summary>
    public Task RevokeAllAsync(Guid userId, CancellationToken cancellationToken) => RevokeAsync(userId, null, cancellationToken);

    private async Task<int> RevokeAsync(Guid userId, Guid? only, CancellationToken cancellationToken)
    {
        var hashes = await db.Database.SqlQuery<string>($"""
            DELETE FROM users.access_tokens
            WHERE user_id = {userId} AND ({only == null} OR id = {only ?? Guid.Empty})
            RETURNING token_hash AS "Value"
            """).ToListAsync(cancellationToken);
        foreach (var hash in hashes)
        {
            cache.Invalidate(UsersCacheKeys.AccessToken(hash));
        }

        return hashes.Count;
    }
}
