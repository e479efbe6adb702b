using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Gamification.AchievementProgress;
using CaliFlow.Modules.Gamification.Rules;
using CaliFlow.Modules.Programming.Contracts;

namespace CaliFlow.Modules.Gamification.IntegrationEventHandlers;

/// <summary>Programming's plan facts, each counted once: plans started, planned sessions done, plan weeks and whole plans kept.</summary>
internal sealed class CountPlanMilestones(ProgressTracker tracker) :
    IIntegrationEventHandler<PlanCreatedIntegrationEvent>,
    IIntegrationEventHandler<SessionCompletedIntegrationEvent>,
    IIntegrationEventHandler<PlanWeekCompletedIntegrationEvent>,
    IIntegrationEventHandler<PlanCompletedIntegrationEvent>
{
    public Task HandleAsync(PlanCreatedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        tracker.CountAsync(integrationEvent.UserId, $"plan-started:{integrationEvent.PlanId}",
            new CounterChanges().Add(Metrics.PlansStarted, null, 1, date: null), [], cancellationToken);

    public Task HandleAsync(SessionCompletedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        tracker.CountAsync(integrationEvent.UserId, $"session:{integrationEvent.SessionId}",
            new CounterChanges().Add(Metrics.SessionsCompleted, null, 1, integrationEvent.ScheduledDate), [], cancellationToken);

    public Task HandleAsync(PlanWeekCompletedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        tracker.CountAsync(integrationEvent.UserId, $"plan-week:{integrationEvent.PlanId}:{integrationEvent.Week}",
            new CounterChanges().Add(Metrics.PlanWeeksCompleted, null, 1, date: null), [], cancellationToken);

    public Task HandleAsync(PlanCompletedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        tracker.CountAsync(integrationEvent.UserId, $"plan:{integrationEvent.PlanId}",
            new CounterChanges().Add(Metrics.PlansCompleted, null, 1, date: null), [], cancellationToken);
}
