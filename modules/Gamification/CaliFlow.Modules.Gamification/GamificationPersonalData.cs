using CaliFlow.Modules.Gamification.Persistence;
using CaliFlow.Modules.Platform.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Gamification;

/// <summary>The user's achievements, counters, streaks and counted facts: exported as they are, purged entirely.</summary>
internal sealed class GamificationPersonalData(GamificationDbContext db) : IPersonalData
{
    public string Section => "gamification";

    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var achievements = await (
                from ua in db.UserAchievements.AsNoTracking()
                join a in db.Achievements.AsNoTracking() on ua.AchievementId equals a.Id
                where ua.UserId == userId
                orderby a.Code
                select new { a.Code, a.Name, ua.Current, ua.Target, ua.UnlockedAt })
            .ToListAsync(cancellationToken);
        var counters = await db.Counters.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.Key)
            .ToDictionaryAsync(c => c.Key, c => c.Value, cancellationToken);
        var streaks = await db.Streaks.AsNoTracking().Where(s => s.UserId == userId)
            .Select(s => new { s.Kind, s.Runs }).ToListAsync(cancellationToken);
        var facts = await db.CountedFacts.AsNoTracking().Where(f => f.UserId == userId).OrderBy(f => f.CountedAt)
            .Select(f => new { f.Fact, f.CountedAt }).ToListAsync(cancellationToken);
        return new { achievements, counters, streaks, countedFacts = facts };
    }

    public async Task PurgeAsync(Guid userId, CancellationToken cancellationToken)
    {
        // Each statement is idempotent, so a purge that stopped half-way is finished by running it again.
        await db.UserAchievements.Where(a => a.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Counters.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Streaks.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.CountedFacts.Where(f => f.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
