using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Nutrition.Targets;
using CaliFlow.Modules.Progress.Contracts;

namespace CaliFlow.Modules.Nutrition.IntegrationEventHandlers;

/// <summary>
/// A new reading: targets are recomputed from the latest reading Progress holds (asked, not taken from the event, so a
/// back-filled older reading does not replace a newer weight).
/// </summary>
internal sealed class RecalculateTargetsWhenBodyWeightRecorded(TargetsRecalculation recalculation)
    : IIntegrationEventHandler<BodyWeightRecordedIntegrationEvent>
{
    public Task HandleAsync(BodyWeightRecordedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        recalculation.RecalculateAsync(integrationEvent.UserId, PlanTrigger.BodyWeightRecorded, cancellationToken);
}
