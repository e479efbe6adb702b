using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CaliFlow.Modules.Users.Subscriptions;

internal sealed class PremiumSubscriptionRequirement : IAuthorizationRequirement;

/// <summary>
/// ASP.NET Core builds every registered authorization handler for every authorised request, whatever its policy, so this one
/// takes the request's services and resolves the subscription reader (a DbContext and a connection) only when a route asks
/// for premium.
/// </summary>
internal sealed class PremiumSubscriptionHandler(IServiceProvider services, TimeProvider time)
    : AuthorizationHandler<PremiumSubscriptionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PremiumSubscriptionRequirement requirement)
    {
        if (!Guid.TryParse(context.User.FindFirst(CaliFlowClaims.Subject)?.Value, out var userId))
        {
            return;
        }

        var subscription = await services.GetRequiredService<SubscriptionReader>().FindAsync(userId, CancellationToken.None);
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
