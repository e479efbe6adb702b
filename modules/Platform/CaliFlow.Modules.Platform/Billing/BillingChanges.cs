using System.Text.Json;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Platform.Persistence;

namespace CaliFlow.Modules.Platform.Billing;

/// <summary>Tells Users (and the audit log) that a subscription changed, in the same transaction as the change.</summary>
internal sealed class BillingChanges(PlatformDbContext db, AuditTrail audit, TimeProvider time)
{
    public static string StatusName(SubscriptionStatus status) => JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());

    public async Task PublishAsync(BillingSubscription subscription, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var premium = subscription.EntitlesPremium(now);
        var version = await db.NextSubscriptionVersionAsync(cancellationToken);
        var status = StatusName(subscription.Status);
        db.Publish(new SubscriptionChangedIntegrationEvent(
            subscription.UserId, premium, premium ? subscription.CurrentPeriodEnd : null, status, version));
        audit.Record(db, subscription.UserId, AuditActions.SubscriptionChanged, "subscription", subscription.Id.ToString(),
            premium
                ? $"{reason}: {subscription.Plan} subscription {status}, premium until {subscription.CurrentPeriodEnd:O}."
                : $"{reason}: {subscription.Plan} subscription {status}, premium ended.");
    }
}
