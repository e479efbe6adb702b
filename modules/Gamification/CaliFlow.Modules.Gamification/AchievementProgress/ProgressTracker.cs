using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Gamification.Achievements;
using CaliFlow.Modules.Gamification.Contracts;
using CaliFlow.Modules.Gamification.Domain;
using CaliFlow.Modules.Gamification.Persistence;
using CaliFlow.Modules.Gamification.Rules;
using CaliFlow.Modules.Gamification.Streaks;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Gamification.AchievementProgress;

/// <summary>A streak date a fact brings: a day with a workout, a training week met, a week with a check-in.</summary>
internal readonly record struct StreakMark(StreakKind Kind, DateOnly Date);

/// <summary>
/// Counts one fact for a user and re-evaluates every achievement against the counters: the user's events are serialised by an
/// advisory lock, a fact already counted is ignored, only the counters the fact and the definitions name are read, and each new
/// unlock is announced once. Runs inside the caller's transaction (an integration event handler's).
/// </summary>
internal sealed class ProgressTracker(GamificationDbContext db, AchievementDefinitions achievements, TimeProvider time)
{
    /// <param name="weekTarget">
    /// For a workout: the workouts a week must have to count as met for the training streak (the planned sessions a week).
    /// </param>
    public async Task CountAsync(
        Guid userId, string fact, CounterChanges changes, IReadOnlyList<StreakMark> marks, CancellationToken cancellationToken,
        (DateOnly Week, int Target)? weekTarget = null)
    {
        await db.LockUserAsync(userId, cancellationToken);
        var now = time.GetUtcNow();
        if (!await db.CountOnceAsync(userId, fact, now, cancellationToken))
        {
            return;
        }

        var definitions = await achievements.GetAsync(cancellationToken);
        var weekBucket = weekTarget is { } t ? CounterKeys.Bucket(Metrics.Workouts, null, RuleWindow.Week, t.Week) : null;
        var streakKeys = marks.Select(m => StreakCounter(m.Kind)).Append(StreakCounter(StreakKind.TrainingWeeks));
        var keys = changes.Keys.Concat(definitions.Select(d => d.Rule.CounterKey)).Concat(streakKeys).ToHashSet(StringComparer.Ordinal);
        var rows = await db.Counters.Where(c => c.UserId == userId && keys.Contains(c.Key)).ToDictionaryAsync(c => c.Key, StringComparer.Ordinal, cancellationToken);
        var counters = rows.ToDictionary(r => r.Key, r => r.Value.Value, StringComparer.Ordinal);

        var changed = new HashSet<string>(changes.ApplyTo(counters), StringComparer.Ordinal);
        var allMarks = marks.ToList();
        // Judged on every workout, not only when the count crosses the target: the planned days may have changed mid-week.
        if (weekTarget is { } target && counters.GetValueOrDefault(weekBucket!) >= target.Target)
        {
            allMarks.Add(new StreakMark(StreakKind.TrainingWeeks, target.Week));
        }

        foreach (var mark in allMarks)
        {
            var key = StreakCounter(mark.Kind);
            var best = await MarkStreakAsync(userId, mark, cancellationToken);
            if (best > counters.GetValueOrDefault(key))
            {
                counters[key] = best;
                changed.Add(key);
            }
        }

        foreach (var key in changed)
        {
            if (!rows.TryGetValue(key, out var row))
            {
                row = UserCounter.For(userId, key);
                db.Counters.Add(row);
            }

            row.Value = counters[key];
        }

        var progress = await db.UserAchievements.Where(a => a.UserId == userId).ToDictionaryAsync(a => a.AchievementId, cancellationToken);
        foreach (var definition in definitions)
        {
            var result = RuleEvaluator.Evaluate(definition.Rule, counters);
            if (!progress.TryGetValue(definition.Id, out var row))
            {
                if (result.Current == 0)
                {
                    continue; // rows only for achievements the user has started on
                }

                row = UserAchievement.Start(userId, definition.Id);
                db.UserAchievements.Add(row);
            }

            if (row.Track(result.Current, result.Target, now))
            {
                db.Publish(new AchievementUnlockedIntegrationEvent(userId, definition.Id, definition.Code, definition.Name, definition.Points, now));
            }
        }
    }

    public static string StreakCounter(StreakKind kind) => kind switch
    {
        StreakKind.Days => Metrics.DayStreak,
        StreakKind.TrainingWeeks => Metrics.TrainingWeekStreak,
        _ => Metrics.CheckInWeekStreak,
    };

    /// <summary>Adds the date to the streak's runs; returns the best streak they now hold.</summary>
    private async Task<long> MarkStreakAsync(Guid userId, StreakMark mark, CancellationToken cancellationToken)
    {
        var streak = await db.Streaks.SingleOrDefaultAsync(s => s.UserId == userId && s.Kind == mark.Kind, cancellationToken);
        if (streak is null)
        {
            streak = UserStreak.For(userId, mark.Kind);
            db.Streaks.Add(streak);
        }

        var runs = streak.Runs.ToList();
        var daily = mark.Kind == StreakKind.Days;
        StreakRuns.Add(runs, daily ? mark.Date : CounterKeys.WeekOf(mark.Date), daily ? 1 : 7);
        streak.Runs = runs;
        return daily
            ? DayStreak.Best(runs)
            : WeekStreak.Evaluate(runs, mark.Kind == StreakKind.TrainingWeeks ? WeekStreakPolicy.Training : WeekStreakPolicy.CheckIns).Best;
    }
}
