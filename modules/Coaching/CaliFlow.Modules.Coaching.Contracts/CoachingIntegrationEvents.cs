using CaliFlow.BuildingBlocks.Messaging;

namespace CaliFlow.Modules.Coaching.Contracts;

/// <summary>A periodic check-in was submitted.</summary>
/// <param name="Date">The user's local date of the check-in (check-in streaks count these).</param>
public sealed record CheckInSubmittedIntegrationEvent(Guid UserId, Guid CheckInId, DateOnly Date) : IIntegrationEvent;
