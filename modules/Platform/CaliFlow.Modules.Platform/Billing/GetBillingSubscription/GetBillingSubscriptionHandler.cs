using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Platform.Billing.GetBillingSubscription;

internal sealed class GetBillingSubscriptionHandler(PlatformDbContext db, TimeProvider time)
    : IQueryHandler<GetBillingSubscriptionQuery, Result<BillingSubscriptionResponse>>
{
    public async ValueTask<Result<BillingSubscriptionResponse>> Handle(GetBillingSubscriptionQuery query, CancellationToken cancellationToken)
    {
        var latest = await db.Subscriptions.AsNoTracking()
            .Where(s => s.UserId == query.UserId)
            .OrderByDescending(s => s.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return latest is null
            ? new BillingSubscriptionResponse(null, "free", false, null, null, null, null, null)
            : new BillingSubscriptionResponse(
                latest.Id, BillingChanges.StatusName(latest.Status), latest.EntitlesPremium(time.GetUtcNow()), latest.Plan,
                latest.CurrentPeriodStart, latest.CurrentPeriodEnd, latest.CanceledAt, latest.Provider);
    }
}
