using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.LogWorkout;

/// <summary>
/// Auto-progression, run after each new log: for every exercise in it, the unlock rule of each harder progression edge is
/// checked against the user's recent workouts, and two clearly failed sessions in a row send the user one step back. Each
/// decision is recorded with its reason and published, so Programming rewrites the upcoming sessions.
/// </summary>
internal sealed class VariationTracker(ProgressDbContext db, IProgrammingQueries programming)
{
    /// <summary>The longest window an unlock rule may have (its withinDays is at most 60).</summary>
    private const int HistoryDays = 60;

    public async Task EvaluateAsync(WorkoutLog log, ExerciseLibrary library, CancellationToken cancellationToken)
    {
        var exerciseIds = log.Exercises.Select(e => e.ExerciseId).Distinct().ToList();
        var since = log.PerformedOn.AddDays(-HistoryDays);
        var earlier = await db.ExerciseLogs.AsNoTracking()
            .Where(e => exerciseIds.Contains(e.ExerciseId))
            .Join(
                db.WorkoutLogs.Where(l => l.UserId == log.UserId && l.Id != log.Id && l.PerformedOn >= since && l.PerformedOn <= log.PerformedOn),
                e => e.WorkoutLogId,
                l => l.Id,
                (e, l) => new { e.ExerciseId, LogId = l.Id, l.PerformedOn, l.SessionId, e.Sets })
            .ToListAsync(cancellationToken);
        var decided = await db.VariationChanges.AsNoTracking()
            .Where(c => c.UserId == log.UserId && exerciseIds.Contains(c.FromExerciseId))
            .ToListAsync(cancellationToken);
        var prescription = log.SessionId is { } sessionId ? await programming.GetSessionAsync(log.UserId, sessionId, cancellationToken) : null;

        foreach (var exercise in log.Exercises)
        {
            var history = earlier.Where(h => h.ExerciseId == exercise.ExerciseId)
                .Select(h => new ExerciseHistory(h.LogId, h.PerformedOn, h.Sets))
                .Append(new ExerciseHistory(log.Id, log.PerformedOn, exercise.Sets))
                .ToList();

            var advance = library.Progressions
                .Where(p => p.FromId == exercise.ExerciseId)
                .Select(p => (Edge: p, To: library.Exercises.FirstOrDefault(e => e.Id == p.ToId)))
                .Where(x => x.To is not null)
                .OrderBy(x => x.To!.Difficulty).ThenBy(x => x.To!.Slug, StringComparer.Ordinal)
                .FirstOrDefault(x =>
                    !decided.Any(d => d.ToExerciseId == x.To!.Id && d.FromExerciseId == exercise.ExerciseId && d.Change == VariationChange.Advanced) &&
                    AutoProgression.Unlocked(x.Edge.Rule, history, log.PerformedOn));
            if (advance.To is not null)
            {
                var rule = advance.Edge.Rule;
                var target = rule.Reps is { } reps ? $"{reps} reps" : $"{rule.HoldSeconds} s";
                Record(log, exercise, advance.To, VariationChange.Advanced,
                    $"{rule.Sets} sets of {target} at RPE {rule.MaxRpe} or less in {rule.Sessions} sessions within {rule.WithinDays} days.");
                continue;
            }

            var easier = await ClearlyFailedTwiceAsync(log, exercise, prescription, earlier.Where(h => h.ExerciseId == exercise.ExerciseId && h.SessionId is not null)
                    .OrderByDescending(h => h.PerformedOn).Select(h => (h.LogId, h.SessionId!.Value, (IReadOnlyList<PerformedSet>)h.Sets)).FirstOrDefault(), decided, cancellationToken)
                ? library.Progressions
                    .Where(p => p.ToId == exercise.ExerciseId)
                    .Select(p => library.Exercises.FirstOrDefault(e => e.Id == p.FromId))
                    .OfType<ExerciseInfo>()
                    .OrderByDescending(e => e.Difficulty).ThenBy(e => e.Slug, StringComparer.Ordinal)
                    .FirstOrDefault()
                : null;
            if (easier is not null)
            {
                Record(log, exercise, easier, VariationChange.Regressed,
                    $"Two sessions in a row under {AutoProgression.FailedBelow:P0} of the prescribed work.");
            }
        }
    }

    private async Task<bool> ClearlyFailedTwiceAsync(
        WorkoutLog log,
        ExerciseLog exercise,
        SessionPrescription? prescription,
        (Guid LogId, Guid SessionId, IReadOnlyList<PerformedSet> Sets) previous,
        List<VariationChangeRecord> decided,
        CancellationToken cancellationToken)
    {
        var now = prescription?.Exercises.FirstOrDefault(p => p.ExerciseId == exercise.ExerciseId);
        if (now is null || !AutoProgression.ClearlyFailed(now.Sets, exercise.Sets) || previous.LogId == Guid.Empty ||
            decided.Any(d => d.FromExerciseId == exercise.ExerciseId && d.WorkoutLogId == previous.LogId))
        {
            return false;
        }

        var before = (await programming.GetSessionAsync(log.UserId, previous.SessionId, cancellationToken))?
            .Exercises.FirstOrDefault(p => p.ExerciseId == exercise.ExerciseId);
        return before is not null && AutoProgression.ClearlyFailed(before.Sets, previous.Sets);
    }

    private void Record(WorkoutLog log, ExerciseLog exercise, ExerciseInfo to, VariationChange change, string reason)
    {
        db.VariationChanges.Add(VariationChangeRecord.Create(log.UserId, exercise.Pattern, exercise.ExerciseId, to.Id, change, reason, log.Id));
        db.Publish(new VariationChangedIntegrationEvent(log.UserId, exercise.Pattern, exercise.ExerciseId, to.Id, change, reason));
    }
}
