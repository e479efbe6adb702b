using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Hosting;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.WorkoutLogs;
using FluentValidation;
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
/// source id) is skipped, so nothing is written twice; one the rules of an upload refuse is left out with the reason. A batch
/// that fails is tried again after a growing wait, up to <see cref="WorkoutImport.MaxAttempts"/> times, and meanwhile the
/// imports behind it go on.
/// </summary>
internal sealed partial class ImportWriter(
    IServiceScopeFactory scopes, IOptions<ImportOptions> options, TimeProvider time, ILogger<ImportWriter> logger) : BackgroundService
{
    public const int WorkoutsPerBatch = 50;

    /// <summary>Previews nobody committed are dropped after this long (their parsed workouts with them).</summary>
    private static readonly TimeSpan PreviewsKept = TimeSpan.FromDays(7);

    /// <summary>
    /// How long a batch waits for the exercises the user chose to make (normally a moment: one outbox delivery); past it the
    /// workouts are written without the ones still missing, as with a library exercise retired meanwhile.
    /// </summary>
    private static readonly TimeSpan ExercisesAwaited = TimeSpan.FromMinutes(2);

    private DateTimeOffset _nextSweep;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        BatchLoop.RunAsync(WriteNextBatchAsync, 1, options.Value.PollInterval, time, LogWriteFailed, stoppingToken);

    /// <summary>
    /// Writes the next batch of the oldest committed import nobody else is writing; 1 when it wrote one (or put one back to wait for
    /// its exercises, so the next is tried at once), 0 when none waits.
    /// </summary>
    public async Task<int> WriteNextBatchAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        Guid importId;
        await using (var claimed = await ClaimedBatch.ClaimAsync(
                         scopes,
                         (ProgressDbContext db) => db.Imports.FromSql($"""
                             SELECT * FROM progress.workout_imports
                             WHERE status = 'Committing' AND (retry_at IS NULL OR retry_at <= {now})
                             ORDER BY committed_at LIMIT 1 FOR UPDATE SKIP LOCKED
                             """),
                         cancellationToken))
        {
            if (claimed.Rows is not [var import])
            {
                await SweepPreviewsAsync(now, cancellationToken);
                return 0;
            }

            importId = import.Id;
            var written = false;
            try
            {
                var ready = await WriteBatchAsync(claimed.Services, import, now, cancellationToken);
                await claimed.CommitAsync(cancellationToken);
                if (!ready)
                {
                    return 1; // at once to the next import: this one is out of the queue until its retry time
                }

                written = true;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                // The batch rolls back as the claim is disposed; the failure is counted below, outside it.
                LogBatchFailed(ex, importId);
            }

            if (written)
            {
                await claimed.Services.GetRequiredService<CacheInvalidation>().FlushAsync(cancellationToken);
                return 1;
            }
        }

        // Counted on the row, so a batch that keeps failing waits longer each time and then stops, instead of being the first
        // claimed again and again while the imports behind it wait.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProgressDbContext>();
        if (await db.Imports.SingleOrDefaultAsync(i => i.Id == importId, cancellationToken) is { Status: ImportStatus.Committing } failed)
        {
            failed.FailBatch(time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }

        return 0;
    }

    /// <returns>False when the exercises the user chose to make are not there yet: nothing was written, and the import waits.</returns>
    private static async Task<bool> WriteBatchAsync(IServiceProvider services, WorkoutImport import, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var catalog = services.GetRequiredService<IExerciseCatalog>();
        var library = await catalog.WithOwnAsync(
            await catalog.GetLibraryAsync(cancellationToken), import.UserId, import.ExerciseChoices.Values.Select(id => id.ToString()), cancellationToken);
        if (import.ExerciseChoices.Values.Any(id => library.Find(id.ToString()) is null) && now - import.CommittedAt < ExercisesAwaited)
        {
            import.WaitForExercises(now);
            return false;
        }

        var db = services.GetRequiredService<ProgressDbContext>();
        var batch = await db.ImportedWorkouts.AsNoTracking()
            .Where(w => w.ImportId == import.Id && w.Ordinal > import.ProcessedWorkouts)
            .OrderBy(w => w.Ordinal)
            .Take(WorkoutsPerBatch)
            .ToListAsync(cancellationToken);
        var known = await ImportedSources.KnownAsync(db, import.UserId, import.Format, [.. batch.Select(w => w.Workout.SourceId)], cancellationToken);
        var writer = services.GetRequiredService<WorkoutLogWriter>();
        var validator = services.GetRequiredService<IValidator<LogWorkoutCommand>>();
        var created = 0;
        foreach (var workout in batch.Select(w => w.Workout).Where(w => !known.Contains(w.SourceId)))
        {
            if (ToCommand(import, workout, library) is not { } command)
            {
                import.AddProblem(workout.PerformedOn, "Nothing to log: its exercises were left out, or their sets are not counted in the exercise's unit.");
                continue;
            }

            // The rules of an upload, so an import cannot store what the API would refuse.
            var validation = await validator.ValidateAsync(command, cancellationToken);
            if (!validation.IsValid)
            {
                import.AddProblem(workout.PerformedOn, validation.Errors[0].ErrorMessage);
                continue;
            }

            var written = await writer.WriteAsync(command, cancellationToken, new ImportOrigin(import.Id, ImportedSources.Of(import.Format), workout.SourceId));
            if (written.IsSuccess)
            {
                created++;
            }
            else
            {
                import.AddProblem(workout.PerformedOn, written.Error!.Detail);
            }
        }

        // An empty batch before the end (rows gone) would otherwise never finish the import.
        import.Advance(batch.Count > 0 ? batch.Count : import.TotalWorkouts - import.ProcessedWorkouts, created, now);
        if (import.Status == ImportStatus.Completed)
        {
            // The file's workouts are logs now (or were left out): the parsed copies are not kept.
            await db.ImportedWorkouts.Where(w => w.ImportId == import.Id).ExecuteDeleteAsync(cancellationToken);
            if (import.CreatedWorkouts > 0)
            {
                db.Publish(new WorkoutsImportedIntegrationEvent(import.UserId, import.Id, import.CreatedWorkouts, import.Summary.From, import.Summary.To));
            }
        }

        return true;
    }

    /// <summary>Drops previews left uncommitted for a week, at most once an hour per instance.</summary>
    private async Task SweepPreviewsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + TimeSpan.FromHours(1);
        await using var scope = scopes.CreateAsyncScope();
        var cutoff = now - PreviewsKept;
        await scope.ServiceProvider.GetRequiredService<ProgressDbContext>().Imports
            .Where(i => i.Status == ImportStatus.Previewed && i.CreatedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
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
                ImportText.Truncate(workout.Notes, 2000),
                workout.BodyWeightKg,
                exercises) { UserId = import.UserId };
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for imports to write failed")]
    private partial void LogWriteFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing a batch of import {ImportId} failed; it is tried again later")]
    private partial void LogBatchFailed(Exception exception, Guid importId);
}
