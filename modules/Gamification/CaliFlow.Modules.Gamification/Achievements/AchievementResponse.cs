using CaliFlow.Modules.Gamification.Domain;
using CaliFlow.Modules.Gamification.Rules;

namespace CaliFlow.Modules.Gamification.Achievements;

/// <summary>A definition as the achievement routes show it, with the caller's own progress towards it.</summary>
/// <param name="Progress">The caller's own progress: current of target (0 of target before any), and when it was unlocked.</param>
internal sealed record AchievementResponse(
    Guid Id,
    string Code,
    string Name,
    string Description,
    AchievementTier Tier,
    int Points,
    AchievementRule Rule,
    ProgressResponse Progress)
{
    public static AchievementResponse From(Achievement a, UserAchievement? progress) => new(
        a.Id, a.Code, a.Name, a.Description, a.Tier, a.Points, a.Rule,
        new ProgressResponse(
            Math.Min(progress?.Current ?? 0, a.Rule.Threshold), a.Rule.Threshold,
            progress?.UnlockedAt is not null ? 100 : (int)(100 * Math.Min(progress?.Current ?? 0, a.Rule.Threshold) / a.Rule.Threshold),
            progress?.UnlockedAt));
}

internal sealed record ProgressResponse(long Current, long Target, int Percent, DateTimeOffset? UnlockedAt);
