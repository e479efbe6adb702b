using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.LiveWorkouts;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.FinishLiveWorkout;

/// <summary>Turns the recorded sets into a workout log with the live workout's id; finishing again answers the log.</summary>
internal sealed class FinishLiveWorkoutHandler(ProgressDbContext db, LiveWorkoutFinisher finisher, TimeProvider time)
    : ICommandHandler<FinishLiveWorkoutCommand, Result<LoggedWorkout>>
{
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

        var now = time.GetUtcNow();
        var minutes = command.DurationMinutes ?? (int)Math.Ceiling((now - live.StartedAt).TotalMinutes);
        var result = await finisher.FinishAsync(live, minutes, command.Feeling, command.Notes, command.BodyWeightKg, now, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        await db.SaveChangesAsync(cancellationToken); // stamps the log's timestamps the response shows
        return new LoggedWorkout(true, WorkoutLogResponse.From(result.Value.Log));
    }
}
