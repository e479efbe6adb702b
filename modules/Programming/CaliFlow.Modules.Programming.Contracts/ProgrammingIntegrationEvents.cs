using CaliFlow.BuildingBlocks.Messaging;

namespace CaliFlow.Modules.Programming.Contracts;

/// <summary>A new 12-week plan became the user's active plan (any previous one was archived first).</summary>
public sealed record PlanCreatedIntegrationEvent(Guid UserId, Guid PlanId, DateOnly StartDate, DateOnly EndDate) : IIntegrationEvent;

public sealed record PlanArchivedIntegrationEvent(Guid UserId, Guid PlanId) : IIntegrationEvent;

public sealed record SessionSkippedIntegrationEvent(Guid UserId, Guid PlanId, Guid SessionId, DateOnly ScheduledDate) : IIntegrationEvent;

/// <summary>A planned session was done: a workout was logged against it.</summary>
public sealed record SessionCompletedIntegrationEvent(Guid UserId, Guid PlanId, Guid SessionId, DateOnly ScheduledDate, Guid WorkoutLogId)
    : IIntegrationEvent;

/// <summary>
/// A week of a plan is over and was kept: none of its sessions is still planned, and at least half of them (rounded up) were
/// done. Published once per plan week, when its last planned session is done or skipped (or a skipped one is done after all).
/// </summary>
public sealed record PlanWeekCompletedIntegrationEvent(Guid UserId, Guid PlanId, int Week, int SessionsPlanned, int SessionsDone)
    : IIntegrationEvent;

/// <summary>
/// A whole plan was followed through: none of its sessions is still planned, and at least half of them (rounded up) were done.
/// Published once per plan.
/// </summary>
public sealed record PlanCompletedIntegrationEvent(Guid UserId, Guid PlanId, int SessionsPlanned, int SessionsDone) : IIntegrationEvent;
