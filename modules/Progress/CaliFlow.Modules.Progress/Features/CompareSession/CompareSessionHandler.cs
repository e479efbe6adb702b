using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.CompareSession;

internal sealed class CompareSessionHandler(ProgressDbContext db, IProgrammingQueries programming)
    : IQueryHandler<CompareSessionQuery, Result<SessionComparison>>
{
    public async ValueTask<Result<SessionComparison>> Handle(CompareSessionQuery query, CancellationToken cancellationToken)
    {
        var session = await programming.GetSessionAsync(query.UserId, query.SessionId, cancellationToken);
        if (session is null)
        {
            return Error.NotFound("session_not_found", "No such session among yours.");
        }

        var log = await db.WorkoutLogs.AsNoTracking().Include(l => l.Exercises)
            .Where(l => l.UserId == query.UserId && l.SessionId == query.SessionId)
            .OrderByDescending(l => l.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var done = log?.Exercises ?? [];
        var changes = log?.Changes ?? [];

        var rows = session.Exercises
            .Select(p =>
            {
                // A swapped exercise is measured by its replacement's sets; a skipped one by none.
                var doneAs = SessionChanges.DoneAs(changes, p.ExerciseId);
                var change = changes.FirstOrDefault(c => c.ExerciseId == p.ExerciseId);
                var actual = done.Where(d => d.ExerciseId == doneAs).SelectMany(d => d.Sets).ToList();
                var prescribed = p.Sets.Sum(s => s.Reps ?? s.HoldSeconds ?? 0);
                var work = actual.Sum(s => s.Reps ?? s.HoldSeconds ?? 0);
                return new ExerciseComparison(
                    p.ExerciseId, p.Pattern, true, p.Sets.Count, actual.Count, prescribed, work, Percent(work, prescribed),
                    change?.Kind, change?.ReplacementId, change?.Reason);
            })
            .Concat(done
                .Where(d => session.Exercises.All(p => p.ExerciseId != d.ExerciseId) && changes.All(c => c.ReplacementId != d.ExerciseId))
                .Select(d =>
                {
                    var added = changes.FirstOrDefault(c => c.Kind == SessionChangeKind.Add && c.ExerciseId == d.ExerciseId);
                    return new ExerciseComparison(
                        d.ExerciseId, d.Pattern, false, 0, d.Sets.Count, 0, d.Sets.Sum(s => s.Reps ?? s.HoldSeconds ?? 0), 0m,
                        added?.Kind, null, added?.Reason);
                }))
            .ToList();

        var prescribedRows = rows.Where(r => r.Prescribed).ToList();
        var adherence = prescribedRows.Count == 0 ? 0m : Math.Round(prescribedRows.Average(r => r.AdherencePercent), 1);
        var volume = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var exercise in done)
        {
            volume[exercise.Pattern] = volume.GetValueOrDefault(exercise.Pattern) +
                                       exercise.Sets.Sum(s => Load.Volume(log!.BodyWeightKg, exercise.BodyweightFraction, s) ?? 0m);
        }

        return new SessionComparison(session.SessionId, log?.Id, adherence, rows, volume);
    }

    private static decimal Percent(int done, int prescribed) =>
        prescribed == 0 ? 0m : Math.Round(Math.Min(100m, 100m * done / prescribed), 1);
}
