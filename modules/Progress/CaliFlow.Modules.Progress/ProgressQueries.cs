using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.Stats;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress;

/// <summary>The Progress module's answers to other modules (<see cref="IProgressQueries"/>), read-only.</summary>
internal sealed class ProgressQueries(ProgressDbContext db, StatsLedger ledger, IUsersQueries users, TimeProvider time) : IProgressQueries
{
    public async Task<BodyWeightReading?> GetLatestBodyWeightAsync(Guid userId, CancellationToken cancellationToken)
    {
        // The values are JSONB read whole, so the newest row is fetched and its weight read here.
        var latest = await db.Metrics.AsNoTracking()
            .Where(m => m.UserId == userId && m.Type == MetricType.BodyWeight)
            .OrderByDescending(m => m.RecordedOn).ThenByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return latest?.Data.BodyWeight?.WeightKg is { } weightKg ? new BodyWeightReading(weightKg, latest.RecordedOn) : null;
    }

    public async Task<TrainingSummary> GetTrainingSummaryAsync(Guid userId, int recentWorkouts, CancellationToken cancellationToken)
    {
        // The same totals GET /stats shows, so the coach never contradicts the app.
        var stats = await ledger.FindOrFoldAsync(userId, cancellationToken);
        var profile = await users.GetProfileAsync(userId, cancellationToken);
        var today = LocalClock.Today(time, profile?.TimeZone ?? "UTC");
        var logs = await db.WorkoutLogs.AsNoTracking().Include(l => l.Exercises).AsSplitQuery()
            .Where(l => l.UserId == userId)
            .OrderByDescending(l => l.PerformedOn).ThenByDescending(l => l.Id)
            .Take(Math.Clamp(recentWorkouts, 0, 50))
            .ToListAsync(cancellationToken);
        return new TrainingSummary(
            stats.Workouts,
            stats.CurrentStreak(today),
            stats.LongestStreak,
            [.. stats.Bests.OrderBy(b => b.ExerciseId).Select(b => new PersonalBest(b.ExerciseId, b.BestReps, b.BestHoldSeconds, b.BestLoadKg, b.LastImprovedOn))],
            [.. logs.Select(l =>
            {
                var rpes = l.Exercises.SelectMany(e => e.Sets).Where(s => s.Rpe is not null).Select(s => s.Rpe!.Value).ToList();
                return new RecentWorkout(
                    l.Id,
                    l.SessionId,
                    l.PerformedOn,
                    l.DurationMinutes,
                    (int?)l.Feeling,
                    rpes.Count == 0 ? null : Math.Round(rpes.Average(), 1),
                    [.. l.Exercises.OrderBy(e => e.Order).Select(e => new RecentExercise(
                        e.ExerciseId, e.Pattern, e.Sets.Count, e.Sets.Sum(s => s.Reps ?? 0), e.Sets.Sum(s => s.HoldSeconds ?? 0)))]);
            })]);
    }
}
