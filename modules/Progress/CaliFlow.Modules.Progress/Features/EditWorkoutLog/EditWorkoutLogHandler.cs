using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.Stats;
using CaliFlow.Modules.Progress.Variations;
using CaliFlow.Modules.Progress.WorkoutLogs;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.EditWorkoutLog;

internal sealed class EditWorkoutLogHandler(
    ProgressDbContext db,
    IExerciseCatalog exercises,
    IUsersQueries users,
    IProgrammingQueries programming,
    VariationTracker variations,
    StatsLedger stats,
    CacheInvalidation cache)
    : ICommandHandler<EditWorkoutLogCommand, Result<WorkoutLogResponse>>
{
    public async ValueTask<Result<WorkoutLogResponse>> Handle(EditWorkoutLogCommand command, CancellationToken cancellationToken)
    {
        var log = await db.WorkoutLogs.Include(l => l.Exercises)
            .SingleOrDefaultAsync(l => l.Id == command.LogId && l.UserId == command.UserId, cancellationToken);
        if (log is null)
        {
            return ProgressErrors.LogNotFound;
        }

        if (command.Exercises is not null)
        {
            var library = await exercises.WithOwnAsync(
                await exercises.GetLibraryAsync(cancellationToken), command.UserId, command.Exercises.Select(e => e.Exercise), cancellationToken);
            var resolved = WorkoutLogWriter.Resolve(log.Id, command.Exercises, library);
            if (!resolved.IsSuccess)
            {
                return resolved.Error!;
            }

            db.ExerciseLogs.RemoveRange(log.Exercises);
            log.ReplaceExercises(resolved.Value);
            // Corrected sets can meet an unlock rule the first version missed; changes already made stay (each is recorded once).
            var equipment = (await users.GetProfileAsync(command.UserId, cancellationToken))?.Equipment ?? [];
            var prescription = log.SessionId is { } sessionId ? await programming.GetSessionAsync(command.UserId, sessionId, cancellationToken) : null;
            await variations.EvaluateAsync(log, library, equipment, prescription, cancellationToken);
        }

        log.Edit(command.DurationMinutes, command.Feeling, command.Notes);
        await stats.ForgetAsync(command.UserId, cancellationToken);
        cache.Invalidate(ProgressCacheKeys.Stats(command.UserId));
        db.Entry(log).State = EntityState.Modified; // a change to the sets alone still moves updated_at, which sync relies on
        await db.SaveChangesAsync(cancellationToken);
        return WorkoutLogResponse.From(log);
    }
}
