using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Gamification.Contracts;
using CaliFlow.Modules.Gamification.Domain;
using CaliFlow.Modules.Gamification.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Gamification.AchievementProgress;

/// <summary>
/// A definition's rule changed (or it is new): every user's progress towards it is recomputed from the one counter the rule
/// reads, set-based in the caller's transaction. Unlocks are kept (an achievement is never taken back); users who reach it now
/// unlock it and hear about it once.
/// </summary>
internal sealed class AchievementRecomputation(GamificationDbContext db, TimeProvider time)
{
    public async Task<int> RecomputeAsync(Achievement achievement, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var key = achievement.Rule.CounterKey;
        var threshold = achievement.Rule.Threshold;

        // Users holding the counter; their current rows (if any) tell who unlocks only now.
        var newlyUnlocked = await db.Database.SqlQuery<Guid>($"""
            SELECT c.user_id AS "Value" FROM gamification.user_counters c
            LEFT JOIN gamification.user_achievements ua ON ua.user_id = c.user_id AND ua.achievement_id = {achievement.Id}
            WHERE c.key = {key} AND c.value >= {threshold} AND ua.unlocked_at IS NULL
            """).ToListAsync(cancellationToken);

        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO gamification.user_achievements (user_id, achievement_id, current, target, unlocked_at)
            SELECT c.user_id, {achievement.Id}, LEAST(c.value, {threshold}), {threshold},
                   CASE WHEN c.value >= {threshold} THEN {now} END
            FROM gamification.user_counters c WHERE c.key = {key} AND c.value > 0
            ON CONFLICT (user_id, achievement_id) DO UPDATE SET
                current = excluded.current, target = excluded.target,
                unlocked_at = COALESCE(user_achievements.unlocked_at, excluded.unlocked_at)
            """, cancellationToken);

        // Rows of users whose counter is gone or zero: nothing done towards the new rule.
        await db.Database.ExecuteSqlAsync($"""
            UPDATE gamification.user_achievements ua SET current = 0, target = {threshold}
            WHERE ua.achievement_id = {achievement.Id} AND NOT EXISTS (
                SELECT 1 FROM gamification.user_counters c WHERE c.user_id = ua.user_id AND c.key = {key} AND c.value > 0)
            """, cancellationToken);

        foreach (var userId in newlyUnlocked)
        {
            db.Publish(new AchievementUnlockedIntegrationEvent(userId, achievement.Id, achievement.Code, achievement.Name, achievement.Points, now));
        }

        return newlyUnlocked.Count;
    }
}
