using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.AspNetCore.Authorization;

namespace CaliFlow.Modules.Users.Subscriptions;

internal sealed class PremiumSubscriptionRequirement : IAuthorizationRequirement;

internal sealed class PremiumSubscriptionHandler(SubscriptionReader subscriptions, TimeProvider time)
    : AuthorizationHandler<PremiumSubscriptionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PremiumSubscriptionRequirement requirement)
    {
        if (!Guid.TryParse(context.User.FindFirst(CaliFlowClaims.Subject)?.Value, out var userId))
        {
            return;
        }

        var subscription = await subscriptions.FindAsync(userId, CancellationToken.None);
        if (subscription?.EffectivePlan(time.GetUtcNow()) == SubscriptionPlan.Premium)
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, "This feature needs a premium subscription."));
        }
    }
}
