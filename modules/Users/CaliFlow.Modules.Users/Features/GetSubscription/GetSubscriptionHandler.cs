using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Users.Subscriptions;
using Mediator;

namespace CaliFlow.Modules.Users.Features.GetSubscription;

internal sealed class GetSubscriptionHandler(SubscriptionReader subscriptions, TimeProvider time)
    : IQueryHandler<GetSubscriptionQuery, Result<SubscriptionResponse>>
{
    public async ValueTask<Result<SubscriptionResponse>> Handle(GetSubscriptionQuery query, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.FindAsync(query.UserId, cancellationToken);
        return subscription is null
            ? Error.NotFound("user_not_found", "The account no longer exists.")
            : new SubscriptionResponse(subscription.EffectivePlan(time.GetUtcNow()), subscription.CurrentPeriodEndsAt);
    }
}
