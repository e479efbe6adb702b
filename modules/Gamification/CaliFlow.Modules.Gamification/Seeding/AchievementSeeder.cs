using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Gamification.AchievementProgress;
using CaliFlow.Modules.Gamification.Domain;
using CaliFlow.Modules.Gamification.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaliFlow.Modules.Gamification.Seeding;

/// <summary>
/// Loads the shipped definitions, upserting by code. A restart with the same content writes nothing; a definition an admin has
/// changed is left as the admin made it; a shipped rule that changed is recomputed for every user from their counters.
/// Instances starting together take turns on an advisory lock.
/// </summary>
internal sealed partial class AchievementSeeder(GamificationDbContext db, AchievementRecomputation recomputation, ILogger<AchievementSeeder> logger)
    : IReferenceDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var seed = AchievementSeedFile.Load();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.LockForTransactionAsync(SingleLock.GamificationAchievementSeeding, cancellationToken);

        var existing = await db.Achievements.ToDictionaryAsync(a => a.Code, StringComparer.Ordinal, cancellationToken);
        var changedRules = new List<Achievement>();
        foreach (var source in seed.Achievements)
        {
            if (!existing.TryGetValue(source.Code, out var achievement))
            {
                achievement = Achievement.Create(source.Code);
                db.Achievements.Add(achievement);
            }
            else if (achievement.EditedByAdmin)
            {
                continue;
            }

            if (achievement.Define(source.Name, source.Description, source.Tier, source.Points, source.Rule, byAdmin: false))
            {
                changedRules.Add(achievement);
            }
        }

        var changed = await db.SaveChangesAsync(cancellationToken);
        foreach (var achievement in changedRules)
        {
            await recomputation.RecomputeAsync(achievement, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (changed > 0)
        {
            LogSeeded(seed.Version, changed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Achievements v{Version} loaded: {Changed} definitions added or updated")]
    private partial void LogSeeded(int version, int changed);
}
