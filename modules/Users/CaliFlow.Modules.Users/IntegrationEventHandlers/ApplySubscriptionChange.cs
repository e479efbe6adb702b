using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Users.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.IntegrationEventHandlers;

/// <summary>
/// Billing (Platform) decides what was paid for; Users keeps the entitlement the premium policy reads. Changes carry a version,
/// so one that arrives late (after a newer one) or twice changes nothing.
/// </summary>
internal sealed class ApplySubscriptionChange(UsersDbContext db, CacheInvalidation cache)
    : IIntegrationEventHandler<SubscriptionChangedIntegrationEvent>
{
    public async Task HandleAsync(SubscriptionChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var subscription = await db.Subscriptions
            .FromSql($"SELECT * FROM users.subscriptions WHERE user_id = {integrationEvent.UserId} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        if (subscription?.ApplyBillingChange(integrationEvent.Premium, integrationEvent.PremiumUntil, integrationEvent.Version) == true)
        {
            cache.Invalidate(UsersCacheKeys.Subscription(integrationEvent.UserId));
            cache.Invalidate(UsersCacheKeys.Me(integrationEvent.UserId));
        }
    }
}
