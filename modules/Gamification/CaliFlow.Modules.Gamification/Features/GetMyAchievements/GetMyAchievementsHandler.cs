using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Gamification.AchievementProgress;
using CaliFlow.Modules.Gamification.Achievements;
using CaliFlow.Modules.Gamification.Domain;
using CaliFlow.Modules.Gamification.Persistence;
using CaliFlow.Modules.Gamification.Rules;
using CaliFlow.Modules.Gamification.Streaks;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Gamification.Features.GetMyAchievements;

internal sealed class GetMyAchievementsHandler(GamificationDbContext db, IUsersQueries users, TimeProvider time)
    : IQueryHandler<GetMyAchievementsQuery, Result<MyAchievementsResponse>>
{
    private static readonly TimeSpan RecentWindow = TimeSpan.FromDays(7);

    public async ValueTask<Result<MyAchievementsResponse>> Handle(GetMyAchievementsQuery query, CancellationToken cancellationToken)
    {
        var streaks = await StreaksAsync(query.UserId, cancellationToken);
        var rows = await db.UserAchievements.AsNoTracking().Where(a => a.UserId == query.UserId).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.AchievementId).ToList();
        var definitions = await db.Achievements.AsNoTracking().Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var mine = rows.Select(r => (Row: r, Definition: definitions[r.AchievementId])).ToList();

        var unlocked = mine.Where(m => m.Row.UnlockedAt is not null).OrderByDescending(m => m.Row.UnlockedAt)
            .Select(m => AchievementResponse.From(m.Definition, m.Row)).ToList();
        var inProgress = mine.Where(m => m.Row.UnlockedAt is null && m.Row.Current > 0)
            .Select(m => AchievementResponse.From(m.Definition, m.Row))
            .OrderByDescending(a => a.Progress.Percent).ThenBy(a => a.Code, StringComparer.Ordinal).ToList();
        var since = time.GetUtcNow() - RecentWindow;
        var recent = unlocked.Where(a => a.Progress.UnlockedAt >= since).ToList();
        var points = unlocked.Sum(a => (long)a.Points);

        return new MyAchievementsResponse(points, Levels.For(points), streaks, recent, unlocked, inProgress);
    }

    private async Task<StreaksResponse> StreaksAsync(Guid userId, CancellationToken cancellationToken)
    {
        var profile = await users.GetProfileAsync(userId, cancellationToken);
        var today = LocalClock.Today(time, profile?.TimeZone ?? "UTC");
        var week = CounterKeys.WeekOf(today);
        var bests = await db.Counters.AsNoTracking()
            .Where(c => c.UserId == userId && (c.Key == Metrics.DayStreak || c.Key == Metrics.TrainingWeekStreak || c.Key == Metrics.CheckInWeekStreak))
            .ToDictionaryAsync(c => c.Key, c => (int)c.Value, cancellationToken);
        var streaks = await db.Streaks.AsNoTracking().Where(s => s.UserId == userId).ToDictionaryAsync(s => s.Kind, cancellationToken);
        List<DateRun> Runs(StreakKind kind) => streaks.TryGetValue(kind, out var s) ? s.Runs : [];

        var days = DayStreak.Current(Runs(StreakKind.Days), today);
        var training = WeekStreak.Evaluate(Runs(StreakKind.TrainingWeeks), WeekStreakPolicy.Training, week);
        var checkIns = WeekStreak.Evaluate(Runs(StreakKind.CheckInWeeks), WeekStreakPolicy.CheckIns, week);
        return new StreaksResponse(
            today,
            days,
            Math.Max(bests.GetValueOrDefault(Metrics.DayStreak), days),
            training.Current,
            Math.Max(bests.GetValueOrDefault(Metrics.TrainingWeekStreak), training.Current),
            training.TokensLeft,
            checkIns.Current,
            Math.Max(bests.GetValueOrDefault(Metrics.CheckInWeekStreak), checkIns.Current));
    }
}
