using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Hosting;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Progress.Imports;

internal sealed class ImportOptions
{
    /// <summary>How often an idle instance looks for committed imports to write.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>
/// Writes committed imports in the background, <see cref="WorkoutsPerBatch"/> workouts per transaction, through the same writer
/// as an upload (stats, records, events), so a large file never holds a request. Each batch claims its import row with
/// FOR UPDATE SKIP LOCKED and moves its progress in the same transaction as the logs it wrote: a crash rolls both back, and
/// whichever instance claims the row next carries on where the last commit left it. A workout already there (by its source and
/// source id) is skipped, so nothing is written twice.
/// </summary>
internal sealed partial class ImportWriter(
    IServiceScopeFactory scopes, IOptions<ImportOptions> options, TimeProvider time, ILogger<ImportWriter> logger) : BackgroundService
{
    public const int WorkoutsPerBatch = 50;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        BatchLoop.RunAsync(WriteNextBatchAsync, 1, options.Value.PollInterval, time, LogWriteFailed, stoppingToken);

    /// <summary>Writes the next batch of the oldest committed import nobody else is writing; 1 when it wrote one, 0 when none waits.</summary>
    public async Task<int> WriteNextBatchAsync(CancellationToken cancellationToken)
    {
        await using var claimed = await ClaimedBatch.ClaimAsync(
            scopes,
            (ProgressDbContext db) => db.Imports.FromSql($"""
                SELECT * FROM progress.workout_imports
                WHERE status = 'Committing' ORDER BY committed_at LIMIT 1 FOR UPDATE SKIP LOCKED
                """),
            cancellationToken);
        if (claimed.Rows is not [var import])
        {
            return 0;
        }

        var db = claimed.Services.GetRequiredService<ProgressDbContext>();
        var batch = await db.ImportedWorkouts.AsNoTracking()
            .Where(w => w.ImportId == import.Id && w.Ordinal > import.ProcessedWorkouts)
            .OrderBy(w => w.Ordinal)
            .Take(WorkoutsPerBatch)
            .ToListAsync(cancellationToken);
        var known = await ImportedSources.KnownAsync(db, import.UserId, import.Format, [.. batch.Select(w => w.Workout.SourceId)], cancellationToken);
        var library = await claimed.Services.GetRequiredService<IExerciseCatalog>().GetLibraryAsync(cancellationToken);
        var writer = claimed.Services.GetRequiredService<WorkoutLogWriter>();
        var created = 0;
        foreach (var workout in batch.Select(w => w.Workout).Where(w => !known.Contains(w.SourceId)))
        {
            if (ToCommand(import, workout, library) is not { } command)
            {
                continue;
            }

            var written = await writer.WriteAsync(command, cancellationToken, new ImportOrigin(import.Id, ImportedSources.Of(import.Format), workout.SourceId));
            created += written.IsSuccess ? 1 : 0;
        }

        // An empty batch before the end (rows gone) would otherwise never finish the import.
        import.Advance(batch.Count > 0 ? batch.Count : import.TotalWorkouts - import.ProcessedWorkouts, created, time.GetUtcNow());
        if (import.Status == ImportStatus.Completed)
        {
            db.Publish(new WorkoutsImportedIntegrationEvent(import.UserId, import.Id, import.CreatedWorkouts, import.Summary.From, import.Summary.To));
        }

        await claimed.CommitAsync(cancellationToken);
        await claimed.Services.GetRequiredService<CacheInvalidation>().FlushAsync(cancellationToken);
        return 1;
    }

    /// <summary>
    /// The workout as an upload would send it: each exercise as the user chose (names they skipped are left out), only the sets
    /// counted in the exercise's unit (reps, or seconds for a hold); null when nothing is left.
    /// </summary>
    private static LogWorkoutCommand? ToCommand(WorkoutImport import, ParsedWorkout workout, ExerciseLibrary library)
    {
        var exercises = new List<LoggedExercise>();
        foreach (var exercise in workout.Exercises)
        {
            if (!import.ExerciseChoices.TryGetValue(exercise.Name, out var exerciseId)
                || library.Find(exerciseId.ToString()) is not { } info)
            {
                continue;
            }

            var hold = info.Unit == ExerciseUnit.HoldSeconds;
            var sets = exercise.Sets
                .Where(s => hold ? s.Seconds is not null : s.Reps is not null)
                .Select(s => new PerformedSet(hold ? null : s.Reps, hold ? s.Seconds : null, s.Rpe, s.AddedWeightKg, s.AssistanceKg))
                .ToList();
            if (sets.Count > 0)
            {
                exercises.Add(new LoggedExercise(info.Slug, sets));
            }
        }

        return exercises.Count == 0
            ? null
            : new LogWorkoutCommand(
                Guid.CreateVersion7(),
                null,
                workout.PerformedOn,
                workout.DurationMinutes is > 0 and <= LogWorkoutCommand.MaxDurationMinutes ? workout.DurationMinutes : null,
                workout.Feeling,
                workout.Notes is { Length: > 2000 } notes ? notes[..2000] : workout.Notes,
                workout.BodyWeightKg,
                exercises) { UserId = import.UserId };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing an import's workouts failed; the batch is tried again")]
    private partial void LogWriteFailed(Exception exception);
}
