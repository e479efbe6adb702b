using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Coaching.Contracts;
using CaliFlow.Modules.Gamification.AchievementProgress;
using CaliFlow.Modules.Gamification.Domain;
using CaliFlow.Modules.Gamification.Rules;

namespace CaliFlow.Modules.Gamification.IntegrationEventHandlers;

/// <summary>A check-in counts once per check-in id, and marks its local week for the check-in streak.</summary>
internal sealed class CountCheckInWhenSubmitted(ProgressTracker tracker) : IIntegrationEventHandler<CheckInSubmittedIntegrationEvent>
{
    public Task HandleAsync(CheckInSubmittedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        tracker.CountAsync(integrationEvent.UserId, $"check-in:{integrationEvent.CheckInId}",
            new CounterChanges().Add(Metrics.CheckIns, null, 1, integrationEvent.Date),
            [new StreakMark(StreakKind.CheckInWeeks, integrationEvent.Date)], cancellationToken);
}
