using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace CaliFlow.Modules.Users.Subscriptions;

/// <summary>A user's subscription terms, cached for an hour: the premium policy asks on every premium request.</summary>
internal sealed class SubscriptionReader(UsersDbContext db, HybridCache cache)
{
    public async Task<CachedSubscription?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        await cache.GetOrCreateOnRequestAsync(
            UsersCacheKeys.Subscription(userId),
            async token => await db.Users.AsNoTracking()
                .Where(u => u.Id == userId)
                .Select(u => new CachedSubscription(u.Subscription.Plan, u.Subscription.CurrentPeriodEndsAt))
                .SingleOrDefaultAsync(token));
}

/// <summary>The terms, not the verdict: the effective plan is computed at read time so a lapse is never served from cache.</summary>
internal sealed record CachedSubscription(SubscriptionPlan Plan, DateTimeOffset? CurrentPeriodEndsAt)
{
    public SubscriptionPlan EffectivePlan(DateTimeOffset now) => Subscription.EffectivePlan(Plan, CurrentPeriodEndsAt, now);
}
