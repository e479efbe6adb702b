using CaliFlow.BuildingBlocks.Messaging;

namespace CaliFlow.Modules.Programming.Contracts;

/// <summary>A new 12-week plan became the user's active plan (any previous one was archived first).</summary>
public sealed record PlanCreatedIntegrationEvent(Guid UserId, Guid PlanId, DateOnly StartDate, DateOnly EndDate) : IIntegrationEvent;

public sealed record PlanArchivedIntegrationEvent(Guid UserId, Guid PlanId) : IIntegrationEvent;

public sealed record SessionSkippedIntegrationEvent(Guid UserId, Guid PlanId, Guid SessionId, DateOnly ScheduledDate) : IIntegrationEvent;

/// <summary>A planned session was done: a workout was logged against it.</summary>
public sealed record SessionCompletedIntegrationEvent(Guid UserId, Guid PlanId, Guid SessionId, DateOnly ScheduledDate, Guid WorkoutLogId)
    : IIntegrationEvent;
