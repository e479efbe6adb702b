using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Variations;

/// <summary>
/// Auto-progression, run after each new or corrected log: gathers, for every exercise in it, the user's recent logs of it, the
/// pattern's last change and the profile's equipment, and lets <see cref="AutoProgression.Decide"/> rule. Each decision is
/// recorded with its reason and published, so Programming rewrites the upcoming sessions. The caller passes the equipment from
/// the profile and the log's prescription it has already read.
/// </summary>
internal sealed class VariationTracker(ProgressDbContext db, IProgrammingQueries programming)
{
    /// <summary>How far back the failure rule looks for the previous planned session (also the longest unlock window allowed).</summary>
    private const int HistoryDays = 60;

    public async Task EvaluateAsync(
        WorkoutLog log, ExerciseLibrary library, IReadOnlyCollection<Equipment> equipment, SessionPrescription? prescription,
        CancellationToken cancellationToken)
    {
        var exerciseIds = log.Exercises.Select(e => e.ExerciseId).Distinct().ToList();
        var patterns = log.Exercises.Select(e => e.Pattern).Distinct().ToList();
        // A log being written now is recorded after every stored one; a corrected log keeps its place.
        var at = new LogPosition(log.PerformedOn, db.Entry(log).State == EntityState.Added ? DateTimeOffset.MaxValue : log.CreatedAt, log.Id);
        ExerciseHistory Current(ExerciseLog exercise) => new(
            at, exercise.Sets, log.SessionId, prescription?.Exercises.FirstOrDefault(p => p.ExerciseId == exercise.ExerciseId)?.Sets);

        // The unlock rules of the logged exercises' harder steps look back their withinDays (14 in the library); only a clearly
        // failed exercise needs the failure rule's longer look for the previous planned session.
        var days = log.Exercises.Any(e => Current(e).ClearlyFailed)
            ? HistoryDays
            : library.Progressions.Where(p => exerciseIds.Contains(p.FromId)).Select(p => p.Rule.WithinDays).DefaultIfEmpty(0).Max();
        var since = log.PerformedOn.AddDays(-days);
        var earlier = await db.ExerciseLogs.AsNoTracking()
            .Where(e => exerciseIds.Contains(e.ExerciseId))
            .Join(
                db.WorkoutLogs.Where(l => l.UserId == log.UserId && l.Id != log.Id && l.PerformedOn >= since && l.PerformedOn <= log.PerformedOn),
                e => e.WorkoutLogId,
                l => l.Id,
                (e, l) => new { e.ExerciseId, LogId = l.Id, l.PerformedOn, l.CreatedAt, l.SessionId, e.Sets })
            .ToListAsync(cancellationToken);
        var lastChanges = (await RecordedChanges.ReadAsync(db, log.UserId, patterns, cancellationToken))
            .GroupBy(c => c.Pattern)
            .ToDictionary(g => g.Key, g => g.First().Change);

        foreach (var exercise in log.Exercises)
        {
            var info = library.Exercises.FirstOrDefault(e => e.Id == exercise.ExerciseId);
            if (info is null)
            {
                continue;
            }

            var current = Current(exercise);
            var history = earlier.Where(h => h.ExerciseId == exercise.ExerciseId)
                .Select(h => new ExerciseHistory(new LogPosition(h.PerformedOn, h.CreatedAt, h.LogId), h.Sets, h.SessionId))
                .ToList();
            var lastChange = lastChanges.GetValueOrDefault(exercise.Pattern);

            // The failure rule compares with the previous planned session: only its prescription is looked up, and only when needed.
            if (current.ClearlyFailed && AutoProgression.PreviousPlanned(current, history, lastChange) is { SessionId: { } previousSession } previous)
            {
                var before = (await programming.GetSessionAsync(log.UserId, previousSession, cancellationToken))?
                    .Exercises.FirstOrDefault(p => p.ExerciseId == exercise.ExerciseId);
                history[history.IndexOf(previous)] = previous with { Prescribed = before?.Sets };
            }

            var decision = AutoProgression.Decide(info, library, equipment, current, history, lastChange);
            if (decision is not null)
            {
                db.VariationChanges.Add(VariationChangeRecord.Create(
                    log.UserId, exercise.Pattern, exercise.ExerciseId, decision.To.Id, decision.Change, decision.Reason, log.Id));
                db.Publish(new VariationChangedIntegrationEvent(
                    log.UserId, exercise.Pattern, exercise.ExerciseId, decision.To.Id, decision.Change, decision.Reason));
                // Another exercise of the pattern in this log counts only after this change, like every later log.
                lastChanges[exercise.Pattern] = new PatternChange(at, exercise.ExerciseId, decision.To.Id, decision.Change);
            }
        }
    }
}
