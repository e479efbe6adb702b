using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Gamification.AchievementProgress;
using CaliFlow.Modules.Gamification.Rules;
using CaliFlow.Modules.Programming.Contracts;

namespace CaliFlow.Modules.Gamification.IntegrationEventHandlers;

/// <summary>
/// Programming's plan facts, each counted once: plans started, planned sessions done, plan weeks and whole plans kept. A batch's
/// run of one kind is counted in one tracker pass.
/// </summary>
internal sealed class CountPlanMilestones(ProgressTracker tracker) :
    IIntegrationEventBatchHandler<PlanCreatedIntegrationEvent>,
    IIntegrationEventBatchHandler<SessionCompletedIntegrationEvent>,
    IIntegrationEventBatchHandler<PlanWeekCompletedIntegrationEvent>,
    IIntegrationEventBatchHandler<PlanCompletedIntegrationEvent>
{
    public Task HandleAsync(PlanCreatedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        HandleAsync([integrationEvent], cancellationToken);

    public Task HandleAsync(IReadOnlyList<PlanCreatedIntegrationEvent> integrationEvents, CancellationToken cancellationToken) =>
        tracker.CountAsync([.. integrationEvents.Select(e => Once(e.UserId, $"plan-started:{e.PlanId}", Metrics.PlansStarted, date: null))], cancellationToken);

    public Task HandleAsync(SessionCompletedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        HandleAsync([integrationEvent], cancellationToken);

    public Task HandleAsync(IReadOnlyList<SessionCompletedIntegrationEvent> integrationEvents, CancellationToken cancellationToken) =>
        tracker.CountAsync([.. integrationEvents.Select(e => Once(e.UserId, $"session:{e.SessionId}", Metrics.SessionsCompleted, e.ScheduledDate))], cancellationToken);

    public Task HandleAsync(PlanWeekCompletedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        HandleAsync([integrationEvent], cancellationToken);

    public Task HandleAsync(IReadOnlyList<PlanWeekCompletedIntegrationEvent> integrationEvents, CancellationToken cancellationToken) =>
        tracker.CountAsync([.. integrationEvents.Select(e => Once(e.UserId, $"plan-week:{e.PlanId}:{e.Week}", Metrics.PlanWeeksCompleted, date: null))], cancellationToken);

    public Task HandleAsync(PlanCompletedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        HandleAsync([integrationEvent], cancellationToken);

    public Task HandleAsync(IReadOnlyList<PlanCompletedIntegrationEvent> integrationEvents, CancellationToken cancellationToken) =>
        tracker.CountAsync([.. integrationEvents.Select(e => Once(e.UserId, $"plan:{e.PlanId}", Metrics.PlansCompleted, date: null))], cancellationToken);

    private static FactToCount Once(Guid userId, string fact, string metric, DateOnly? date) =>
        new(userId, fact, new CounterChanges().Add(metric, null, 1, date), []);
}
