using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Nutrition.Targets;
using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Nutrition.IntegrationEventHandlers;

/// <summary>
/// Goal, activity, training days, height, sex or weight may have changed: targets follow. An incomplete profile yields no
/// targets yet, and a change nothing depends on (time zone, equipment) adds no plan.
/// </summary>
internal sealed class RecalculateTargetsWhenProfileUpdated(TargetsRecalculation recalculation)
    : IIntegrationEventHandler<UserProfileUpdatedIntegrationEvent>
{
    public Task HandleAsync(UserProfileUpdatedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        recalculation.RecalculateAsync(integrationEvent.UserId, PlanTrigger.ProfileUpdated, cancellationToken);
}
