using System.Globalization;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Imports;
using CaliFlow.Modules.Progress.Persistence;
using CsvHelper;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.ExportWorkoutsCsv;

/// <summary>
/// Every workout log of the user as CaliFlow's CSV (<see cref="WorkoutCsv"/>), oldest first, one row per set: the format the
/// importer reads, so the file imports back to the same workouts. Text that a spreadsheet would run as a formula is escaped
/// with a leading apostrophe, which the importer takes off again.
/// </summary>
internal sealed class ExportWorkoutsCsvHandler(ProgressDbContext db, IExerciseCatalog exercises) : IQueryHandler<ExportWorkoutsCsvQuery, WorkoutsCsvExport>
{
    private static readonly CsvWriterOptions Options = new() { Injection = CsvInjection.Escape };

    public async ValueTask<WorkoutsCsvExport> Handle(ExportWorkoutsCsvQuery query, CancellationToken cancellationToken)
    {
        var logs = db.WorkoutLogs.AsNoTracking().Where(l => l.UserId == query.UserId);
        var exerciseIds = await db.ExerciseLogs.Where(e => logs.Select(l => l.Id).Contains(e.WorkoutLogId))
            .Select(e => e.ExerciseId).Distinct().ToListAsync(cancellationToken);
        var names = (await exercises.GetByIdsAsync(exerciseIds, cancellationToken)).ToDictionary(e => e.Id);
        return new WorkoutsCsvExport(async (stream, ct) =>
        {
            await using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
            await csv.WriteRecordAsync(WorkoutCsv.Columns, ct);
            var ordered = logs.Include(l => l.Exercises).OrderBy(l => l.PerformedOn).ThenBy(l => l.Id).AsSplitQuery().AsAsyncEnumerable();
            await foreach (var log in ordered.WithCancellation(ct))
            {
                foreach (var exercise in log.Exercises.OrderBy(e => e.Order))
                {
                    var info = names.GetValueOrDefault(exercise.ExerciseId);
                    for (var i = 0; i < exercise.Sets.Count; i++)
                    {
                        var set = exercise.Sets[i];
                        await csv.WriteRecordAsync(
                        [
                            log.Id.ToString(), log.PerformedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Text(log.DurationMinutes),
                            log.Feeling?.ToString().ToLowerInvariant() ?? "", Text(log.BodyWeightKg), log.Notes ?? "", exercise.Order.ToString(CultureInfo.InvariantCulture),
                            info?.Slug ?? exercise.ExerciseId.ToString(), info?.Name ?? "", (i + 1).ToString(CultureInfo.InvariantCulture), Text(set.Reps), Text(set.HoldSeconds),
                            Text(set.Rpe), Text(set.AddedWeightKg), Text(set.AssistanceKg),
                        ], ct);
                    }
                }
            }

            await csv.FlushAsync(ct);
        });
    }

    private static string Text<T>(T? value)
        where T : struct, IFormattable => value?.ToString(null, CultureInfo.InvariantCulture) ?? "";
}
