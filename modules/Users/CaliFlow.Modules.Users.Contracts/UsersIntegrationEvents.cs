using CaliFlow.BuildingBlocks.Messaging;

namespace CaliFlow.Modules.Users.Contracts;

public sealed record UserRegisteredIntegrationEvent(Guid UserId, string Email) : IIntegrationEvent;

/// <summary>The training profile changed: plans, today's workout and nutrition targets derived from it are stale.</summary>
public sealed record UserProfileUpdatedIntegrationEvent(Guid UserId) : IIntegrationEvent;

/// <summary>The account was soft-deleted: other modules stop serving the user's data and keep it for the purge.</summary>
public sealed record UserDeletedIntegrationEvent(Guid UserId) : IIntegrationEvent;
