using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Platform.Billing.CancelSubscription;

/// <summary>Asks the provider to stop renewing. The state changes when its webhook says so, as for every other change.</summary>
internal sealed class CancelSubscriptionHandler(PlatformDbContext db, IPaymentProvider provider)
    : ICommandHandler<CancelSubscriptionCommand, Result<CancellationRequested>>
{
    public async ValueTask<Result<CancellationRequested>> Handle(CancelSubscriptionCommand command, CancellationToken cancellationToken)
    {
        var subscription = await db.Subscriptions
            .Where(s => s.UserId == command.UserId && (s.Status == SubscriptionStatus.Active || s.Status == SubscriptionStatus.PastDue))
            .OrderByDescending(s => s.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (subscription is null)
        {
            return Error.NotFound("no_active_subscription", "You have no subscription that renews.");
        }

        await provider.CancelAtPeriodEndAsync(subscription, cancellationToken);
        return new CancellationRequested(subscription.Id, subscription.CurrentPeriodEnd);
    }
}
