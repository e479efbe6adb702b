using System.Text.Json;
using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Gamification.Domain;
using CaliFlow.Modules.Gamification.Rules;

namespace CaliFlow.Modules.Gamification.Seeding;

/// <summary>The shipped achievement definitions: Seed/achievements.json, embedded in the assembly.</summary>
internal sealed record AchievementSeedFile(int Version, IReadOnlyList<SeedAchievement> Achievements)
{
    public const string ResourceName = "Seed/achievements.json";

    public static AchievementSeedFile Load()
    {
        using var stream = typeof(AchievementSeedFile).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"{ResourceName} is missing from the Gamification assembly.");
        return JsonSerializer.Deserialize<AchievementSeedFile>(stream, JsonDefaults.Options)
               ?? throw new InvalidOperationException($"{ResourceName} is empty.");
    }
}

internal sealed record SeedAchievement(string Code, string Name, string Description, AchievementTier Tier, int Points, AchievementRule Rule);
