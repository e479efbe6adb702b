using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Platform.Billing.GetBillingSubscription;

internal sealed record GetBillingSubscriptionQuery(Guid UserId) : IQuery<Result<BillingSubscriptionResponse>>;

/// <param name="Status">free (never paid), active, past-due, canceled or expired.</param>
/// <param name="Premium">Whether the subscription entitles premium right now.</param>
internal sealed record BillingSubscriptionResponse(
    Guid? Id,
    string Status,
    bool Premium,
    BillingPlan? Plan,
    DateTimeOffset? CurrentPeriodStart,
    DateTimeOffset? CurrentPeriodEnd,
    DateTimeOffset? CanceledAt,
    string? Provider);
