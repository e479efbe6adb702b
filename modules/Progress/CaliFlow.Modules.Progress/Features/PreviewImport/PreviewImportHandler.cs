using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Imports;
using CaliFlow.Modules.Progress.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.PreviewImport;

/// <summary>
/// The dry run: reads the whole file (a malformed one fails here, with its line and column), matches its exercise names, finds
/// the workouts already imported, and keeps the new ones for the commit. Nothing is logged yet.
/// </summary>
internal sealed class PreviewImportHandler(ProgressDbContext db, IExerciseCatalog exercises) : ICommandHandler<PreviewImportCommand, Result<ImportResponse>>
{
    public async ValueTask<Result<ImportResponse>> Handle(PreviewImportCommand command, CancellationToken cancellationToken)
    {
        Result<HistoryFile> read;
        await using (var stream = command.File!.OpenReadStream())
        {
            read = HistoryFileReader.Read(stream, command.WeightUnit);
        }

        if (!read.IsSuccess)
        {
            return read.Error!;
        }

        var file = read.Value;
        var names = file.Workouts.SelectMany(w => w.Exercises).Select(e => e.Name).Distinct(StringComparer.Ordinal).Count();
        if (names > ExerciseMatcher.MaxNamesPerImport)
        {
            return Error.Validation(
                "too_many_exercise_names", $"The file names {names} different exercises; an import takes at most {ExerciseMatcher.MaxNamesPerImport}.", "file");
        }

        var known = await ImportedSources.KnownAsync(db, command.UserId, file.Format, [.. file.Workouts.Select(w => w.SourceId)], cancellationToken);
        var fresh = file.Workouts.Where(w => !known.Contains(w.SourceId)).ToList();

        var matcher = new ExerciseMatcher(await exercises.GetLibraryAsync(cancellationToken));
        var matches = file.Workouts
            .SelectMany(w => w.Exercises)
            .GroupBy(e => e.Name, StringComparer.Ordinal)
            .Select(g => matcher.Match(g.Key, g.Sum(e => e.Sets.Count)))
            .OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var summary = new ImportSummary(
            file.Workouts.Count, file.Workouts.Count - fresh.Count, fresh.Sum(w => w.Exercises.Sum(e => e.Sets.Count)),
            file.Workouts[0].PerformedOn, file.Workouts[^1].PerformedOn, matches, file.SkippedRowCount, file.SkippedRows);

        var import = WorkoutImport.Create(command.UserId, file.Format, FileName(command.File.FileName), file.WeightUnit, summary, fresh.Count);
        db.Imports.Add(import);
        db.ImportedWorkouts.AddRange(fresh.Select((workout, i) => ImportedWorkout.Create(import.Id, i + 1, workout)));
        await db.SaveChangesAsync(cancellationToken); // stamps created_at for the answer
        return ImportResponse.Of(import);
    }

    private static string? FileName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : ImportText.Truncate(Path.GetFileName(name), 255);
}
