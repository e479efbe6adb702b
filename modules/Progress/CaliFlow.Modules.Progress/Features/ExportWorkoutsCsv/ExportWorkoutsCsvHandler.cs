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

    /// <summary>Logs read at a time: the export is written page by page, so a long history is never held whole.</summary>
    private const int PageSize = 200;

    public ValueTask<WorkoutsCsvExport> Handle(ExportWorkoutsCsvQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new WorkoutsCsvExport((stream, ct) => WriteAsync(query.UserId, stream, ct)));

    private async Task WriteAsync(Guid userId, Stream stream, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(stream, Options, leaveOpen: true);
        await csv.WriteRecordAsync(WorkoutCsv.Columns, cancellationToken);
        var names = new Dictionary<Guid, ExerciseInfo>();
        (DateOnly PerformedOn, Guid Id)? after = null;
        while (true)
        {
            var logs = db.WorkoutLogs.AsNoTracking().Where(l => l.UserId == userId);
            if (after is var (day, id))
            {
                logs = logs.Where(l => EF.Functions.GreaterThan(ValueTuple.Create(l.PerformedOn, l.Id), ValueTuple.Create(day, id)));
            }

            var page = await logs.OrderBy(l => l.PerformedOn).ThenBy(l => l.Id).Take(PageSize)
                .Include(l => l.Exercises).AsSplitQuery().ToListAsync(cancellationToken);
            var unknown = page.SelectMany(l => l.Exercises).Select(e => e.ExerciseId).Where(e => !names.ContainsKey(e)).Distinct().ToList();
            if (unknown.Count > 0)
            {
                var found = await exercises.GetByIdsAsync(unknown, cancellationToken);
                var own = await exercises.GetCustomAsync(
                    userId, [.. unknown.Except(found.Select(f => f.Id)).Select(id => id.ToString())], cancellationToken);
                foreach (var info in found.Concat(own))
                {
                    names[info.Id] = info;
                }
            }

            foreach (var log in page)
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
                            log.Feeling?.ToString().ToLowerInvariant() ?? "", Text(log.BodyWeightKg), log.Notes ?? "",
                            exercise.Order.ToString(CultureInfo.InvariantCulture), info?.Slug ?? exercise.ExerciseId.ToString(), info?.Name ?? "",
                            (i + 1).ToString(CultureInfo.InvariantCulture), Text(set.Reps), Text(set.HoldSeconds), Text(set.Rpe),
                            Text(set.AddedWeightKg), Text(set.AssistanceKg),
                        ], cancellationToken);
                    }
                }
            }

            if (page.Count < PageSize)
            {
                break;
            }

            after = (page[^1].PerformedOn, page[^1].Id);
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static string Text<T>(T? value)
        where T : struct, IFormattable => value?.ToString(null, CultureInfo.InvariantCulture) ?? "";
}
