using CaliFlow.BuildingBlocks.Messaging;

namespace CaliFlow.Modules.Gamification.Contracts;

/// <summary>The user reached an achievement (once per user and achievement).</summary>
public sealed record AchievementUnlockedIntegrationEvent(Guid UserId, Guid AchievementId, string Code, string Name, int Points, DateTimeOffset UnlockedAt)
    : IIntegrationEvent;
