using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.FinishLiveWorkout;

/// <summary>
/// Turns the recorded sets into a workout log with the live workout's id, through <see cref="WorkoutLogWriter"/>: stats,
/// auto-progression and the WorkoutLogged event exactly as for an uploaded log. Finishing again answers the log.
/// </summary>
internal sealed class FinishLiveWorkoutHandler(
    ProgressDbContext db, WorkoutLogWriter writer, IProgrammingQueries programming, TimeProvider time)
    : ICommandHandler<FinishLiveWorkoutCommand, Result<LoggedWorkout>>
{
    private const int LongestMinutes = 600;

    public async ValueTask<Result<LoggedWorkout>> Handle(FinishLiveWorkoutCommand command, CancellationToken cancellationToken)
    {
        var live = await db.LockLiveWorkoutAsync(command.UserId, command.LiveWorkoutId, cancellationToken);
        if (live is null)
        {
            return ProgressErrors.LiveWorkoutNotFound;
        }

        if (live.IsFinished)
        {
            // A retried finish: the log it wrote (the user may have deleted it since).
            var written = await db.WorkoutLogs.AsNoTracking().Include(l => l.Exercises)
                .SingleOrDefaultAsync(l => l.Id == live.Id && l.UserId == command.UserId, cancellationToken);
            return written is null ? ProgressErrors.LogNotFound : new LoggedWorkout(false, WorkoutLogResponse.From(written));
        }

        if (live.Sets.Count == 0)
        {
            return ProgressErrors.LiveWorkoutEmpty;
        }

        // A session deleted meanwhile (a new plan) does not lose the workout: it is logged as one of the user's own.
        var sessionId = live.SessionId is { } id && await programming.GetSessionAsync(command.UserId, id, cancellationToken) is not null
            ? live.SessionId
            : null;
        var now = time.GetUtcNow();
        var minutes = command.DurationMinutes ?? (int)Math.Clamp(Math.Ceiling((now - live.StartedAt).TotalMinutes), 1, LongestMinutes);
        var log = new LogWorkoutCommand(
            live.Id, sessionId, live.PerformedOn, minutes, command.Feeling, command.Notes, command.BodyWeightKg,
            [.. live.InOrderDone().Select(e => new LoggedExercise(e.ExerciseId.ToString(), [.. e.Sets.Select(s => s.Performed)]))])
        {
            UserId = command.UserId,
        };
        var result = await writer.WriteAsync(log, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        live.Finish(now);
        await db.SaveChangesAsync(cancellationToken); // stamps the log's timestamps the response shows
        return new LoggedWorkout(true, WorkoutLogResponse.From(result.Value.Log));
    }
}
