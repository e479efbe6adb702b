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

/// <summary>One fact to count for a user, with what it does to their counters and streaks.</summary>
/// <param name="WeekTarget">
/// For a workout: the workouts a week must have to count as met for the training streak (the planned sessions a week).
/// </param>
internal sealed record FactToCount(
    Guid UserId, string Fact, CounterChanges Changes, IReadOnlyList<StreakMark> Marks, (DateOnly Week, int Target)? WeekTarget = null,
    bool Quiet = false);

/// <summary>
/// Counts facts for users and re-evaluates every achievement against the counters: each user's facts are serialised by an
/// advisory lock, a fact already counted is ignored, only the counters the facts and the definitions name are read, and each
/// new unlock is announced once. Runs inside the caller's transaction (an integration event handler's). Several facts — a
/// delivery batch's, of many users — are counted with one statement per table: the users' counters, streaks and achievement
/// progress are read once, the facts applied in order in memory exactly as one at a time would, and the caller's save writes
/// the result.
/// </summary>
internal sealed class ProgressTracker(GamificationDbContext db, AchievementDefinitions achievements, TimeProvider time)
{
    private static readonly string[] StreakCounters =
        [.. Enum.GetValues<StreakKind>().Select(StreakCounter)];

    public Task CountAsync(
        Guid userId, string fact, CounterChanges changes, IReadOnlyList<StreakMark> marks, CancellationToken cancellationToken,
        (DateOnly Week, int Target)? weekTarget = null) =>
        CountAsync([new FactToCount(userId, fact, changes, marks, weekTarget)], cancellationToken);

    /// <param name="facts">In the order they happened; each user's are applied in this order.</param>
    public async Task CountAsync(IReadOnlyList<FactToCount> facts, CancellationToken cancellationToken)
    {
        var userIds = facts.Select(f => f.UserId).Distinct().ToList();
        await db.LockUsersAsync(userIds, cancellationToken);
        var now = time.GetUtcNow();
        var fresh = await db.CountOnceAsync([.. facts.Select(f => (f.UserId, f.Fact))], now, cancellationToken);
        // A fact twice in one batch counts the first time only, as it would one at a time.
        var toCount = facts.Where(f => fresh.Remove((f.UserId, f.Fact))).ToList();
        if (toCount.Count == 0)
        {
            return;
        }

        var definitions = await achievements.GetAsync(cancellationToken);
        var users = toCount.Select(f => f.UserId).Distinct().ToList();
        var keys = toCount.SelectMany(f => f.Changes.Keys).Concat(definitions.Select(d => d.Rule.CounterKey)).Concat(StreakCounters)
            .Concat(toCount.Where(f => f.WeekTarget is not null).SelectMany(f => WeekSessionKeys(f.WeekTarget!.Value.Week)))
            .ToHashSet(StringComparer.Ordinal);
        var counterRows = (await db.Counters.AsNoTracking().Where(c => users.Contains(c.UserId) && keys.Contains(c.Key))
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.UserId);
        var streakRows = (await db.Streaks.Where(s => users.Contains(s.UserId)).ToListAsync(cancellationToken)).ToLookup(s => s.UserId);
        var progressRows = (await db.UserAchievements.Where(a => users.Contains(a.UserId)).ToListAsync(cancellationToken))
            .ToLookup(a => a.UserId);
        var state = users.ToDictionary(u => u, u => new UserState(
            counterRows[u].ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal),
            new HashSet<string>(StringComparer.Ordinal),
            streakRows[u].ToDictionary(s => s.Kind),
            progressRows[u].ToDictionary(a => a.AchievementId)));

        foreach (var fact in toCount)
        {
            Apply(fact, state[fact.UserId], definitions, now);
        }

        // Every counter the batch changed, in one statement: written through the change tracker they were a command each.
        await db.SaveCountersAsync(
            [.. state.SelectMany(u => u.Value.Changed.Select(key => (u.Key, key, u.Value.Counters[key])))], cancellationToken);
    }

    private void Apply(FactToCount fact, UserState user, IReadOnlyList<Achievement> definitions, DateTimeOffset now)
    {
        var counters = user.Counters;
        var changed = new HashSet<string>(fact.Changes.ApplyTo(counters), StringComparer.Ordinal);
        var allMarks = fact.Marks.ToList();
        // Judged on every workout, not only when the count crosses the target: the planned days may have changed mid-week.
        if (fact.WeekTarget is { } target && WeekSessionKeys(target.Week).Sum(counters.GetValueOrDefault) >= target.Target)
        {
            allMarks.Add(new StreakMark(StreakKind.TrainingWeeks, target.Week));
        }

        foreach (var mark in allMarks)
        {
            var key = StreakCounter(mark.Kind);
            var best = MarkStreak(fact.UserId, user, mark);
            if (best > counters.GetValueOrDefault(key))
            {
                counters[key] = best;
                changed.Add(key);
            }
        }

        user.Changed.UnionWith(changed);

        foreach (var definition in definitions)
        {
            var result = RuleEvaluator.Evaluate(definition.Rule, counters);
            if (!user.Progress.TryGetValue(definition.Id, out var row))
            {
                if (result.Current == 0)
                {
                    continue; // rows only for achievements the user has started on
                }

                row = UserAchievement.Start(fact.UserId, definition.Id);
                db.UserAchievements.Add(row);
                user.Progress[definition.Id] = row;
            }

            // A quiet fact (a workout brought by an import) unlocks without an announcement each: the import announces itself once.
            if (row.Track(result.Current, result.Target, now) && !fact.Quiet)
            {
                db.Publish(new AchievementUnlockedIntegrationEvent(
                    fact.UserId, definition.Id, definition.Code, definition.Name, definition.Points, now));
            }
        }
    }

    /// <summary>The counters that add up to a week's sessions: its workouts and other apps' activities that are no workout.</summary>
    private static string[] WeekSessionKeys(DateOnly week) =>
        [CounterKeys.Bucket(Metrics.Workouts, null, RuleWindow.Week, week), CounterKeys.OtherActivitiesInWeek(week)];

    public static string StreakCounter(StreakKind kind) => kind switch
    {
        StreakKind.Days => Metrics.DayStreak,
        StreakKind.TrainingWeeks => Metrics.TrainingWeekStreak,
        _ => Metrics.CheckInWeekStreak,
    };

    /// <summary>Adds the date to the streak's runs; returns the best streak they now hold.</summary>
    private long MarkStreak(Guid userId, UserState user, StreakMark mark)
    {
        if (!user.Streaks.TryGetValue(mark.Kind, out var streak))
        {
            streak = UserStreak.For(userId, mark.Kind);
            db.Streaks.Add(streak);
            user.Streaks[mark.Kind] = streak;
        }

        var runs = streak.Runs.ToList();
        var daily = mark.Kind == StreakKind.Days;
        StreakRuns.Add(runs, daily ? mark.Date : CounterKeys.WeekOf(mark.Date), daily ? 1 : 7);
        streak.Runs = runs;
        return daily
            ? DayStreak.Best(runs)
            : WeekStreak.Evaluate(runs, mark.Kind == StreakKind.TrainingWeeks ? WeekStreakPolicy.Training : WeekStreakPolicy.CheckIns).Best;
    }

    /// <summary>One user's rows as the batch found them, changed in place as their facts are applied; the counters changed.</summary>
    private sealed record UserState(
        Dictionary<string, long> Counters,
        HashSet<string> Changed,
        Dictionary<StreakKind, UserStreak> Streaks,
        Dictionary<Guid, UserAchievement> Progress);
}
