using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Gamification.Achievements;
using CaliFlow.Modules.Gamification.Domain;
using CaliFlow.Modules.Gamification.Rules;
using Mediator;

namespace CaliFlow.Modules.Gamification.Features.CreateAchievement;

/// <summary>A new definition; every user's progress towards it is computed at once from their counters.</summary>
internal sealed record CreateAchievementCommand(string Code, string Name, string? Description, AchievementTier? Tier, int? Points, AchievementRule? Rule)
    : ICommand<Result<AchievementResponse>>;
