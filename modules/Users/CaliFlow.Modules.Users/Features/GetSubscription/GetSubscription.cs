using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Users.Contracts;
using Mediator;

namespace CaliFlow.Modules.Users.Features.GetSubscription;

internal sealed record GetSubscriptionQuery(Guid UserId) : IQuery<Result<SubscriptionResponse>>;

/// <param name="Plan">What the user is entitled to now (a lapsed premium period reads as free).</param>
internal sealed record SubscriptionResponse(SubscriptionPlan Plan, DateTimeOffset? CurrentPeriodEndsAt);
