using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Users.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users;

/// <summary>The account, profile, subscription, sign-in sessions and personal access tokens; never the password hash or token hashes (nor mailed links' tokens).</summary>
internal sealed class UsersPersonalData(UsersDbContext db, CacheInvalidation cache) : IPersonalData
{
    public string Section => "users";

    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking().IgnoreQueryFilters()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.Id, u.Email, u.EmailVerifiedAt, u.Role, u.CreatedAt, u.UpdatedAt, u.DeletedAt,
                Profile = u.Profile,
                Subscription = new { u.Subscription.Plan, u.Subscription.CurrentPeriodEndsAt, u.Subscription.UpdatedAt },
            })
            .SingleOrDefaultAsync(cancellationToken);
        var sessions = await db.RefreshTokens.AsNoTracking()
            .Where(t => t.UserId == userId)
            .OrderBy(t => t.CreatedAt)
            .Select(t => new { t.FamilyId, t.CreatedAt, t.ExpiresAt, t.RevokedAt })
            .ToListAsync(cancellationToken);
        var accessTokens = await db.AccessTokens.AsNoTracking()
            .Where(t => t.UserId == userId)
            .OrderBy(t => t.CreatedAt)
            .Select(t => new { t.Id, t.Name, t.Hint, t.Scopes, t.ExpiresAt, t.LastUsedAt, t.CreatedAt })
            .ToListAsync(cancellationToken);
        return new { account, sessions, accessTokens };
    }

    /// <summary>The account row goes with everything hanging off it; the id stays only in other modules' anonymised rows.</summary>
    public async Task PurgeAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.RefreshTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.AccountTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.AccessTokens.Where(t => t.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Profiles.Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Subscriptions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var email = await db.Users.IgnoreQueryFilters().Where(u => u.Id == userId).Select(u => u.NormalizedEmail).SingleOrDefaultAsync(cancellationToken);
        await db.SignInThrottles.Where(t => t.Email == email).ExecuteDeleteAsync(cancellationToken);
        await db.Users.IgnoreQueryFilters().Where(u => u.Id == userId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        cache.Invalidate(UsersCacheKeys.Me(userId));
        cache.Invalidate(UsersCacheKeys.Subscription(userId));
        await cache.FlushAsync(CancellationToken.None);
    }
}
