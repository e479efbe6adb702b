using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Gamification.Achievements;
using CaliFlow.Modules.Gamification.Domain;
using CaliFlow.Modules.Gamification.Rules;
using Mediator;

namespace CaliFlow.Modules.Gamification.Features.UpdateAchievement;

/// <summary>Replaces a definition; when its rule changes, every user's progress is recomputed (unlocks are kept).</summary>
internal sealed record UpdateAchievementCommand(string Name, string? Description, AchievementTier? Tier, int? Points, AchievementRule? Rule)
    : ICommand<Result<AchievementResponse>>
{
    [JsonIgnore]
    public string Code { get; init; } = "";
}
