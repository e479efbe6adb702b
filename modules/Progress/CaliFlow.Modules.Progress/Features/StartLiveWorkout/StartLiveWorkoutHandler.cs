using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.LiveWorkouts;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.StartLiveWorkout;

internal sealed class StartLiveWorkoutHandler(
    ProgressDbContext db, IUsersQueries users, IProgrammingQueries programming, IExerciseCatalog exercises, TimeProvider time)
    : ICommandHandler<StartLiveWorkoutCommand, Result<StartedLiveWorkout>>
{
    public async ValueTask<Result<StartedLiveWorkout>> Handle(StartLiveWorkoutCommand command, CancellationToken cancellationToken)
    {
        var id = command.Id ?? Guid.CreateVersion7();
        var library = await exercises.GetLibraryAsync(cancellationToken);
        var existing = await db.LiveWorkouts.IgnoreQueryFilters().AsNoTracking().Include(l => l.Sets)
            .SingleOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (existing is not null)
        {
            return existing.UserId == command.UserId && existing.SessionId == command.SessionId && existing.DeletedAt is null
                ? new StartedLiveWorkout(false, LiveWorkoutResponse.From(existing, library))
                : ProgressErrors.LiveWorkoutIdConflict;
        }

        // The finished workout becomes a log with this id, so it must not be a log's already.
        if (await db.WorkoutLogs.IgnoreQueryFilters().AnyAsync(l => l.Id == id, cancellationToken))
        {
            return ProgressErrors.LiveWorkoutIdConflict;
        }

        if (command.SessionId is { } sessionId && await programming.GetSessionAsync(command.UserId, sessionId, cancellationToken) is null)
        {
            return Error.Validation("unknown_session", "This is not one of your planned sessions.", "sessionId");
        }

        var open = await db.LiveWorkouts.Where(l => l.UserId == command.UserId && l.FinishedAt == null)
            .Select(l => (Guid?)l.Id).FirstOrDefaultAsync(cancellationToken);
        if (open is { } openId)
        {
            return ProgressErrors.LiveWorkoutOpen(openId);
        }

        var profile = await users.GetProfileAsync(command.UserId, cancellationToken);
        var live = LiveWorkout.Start(
            id, command.UserId, command.SessionId, LocalClock.Today(time, profile?.TimeZone ?? "UTC"), time.GetUtcNow());
        db.LiveWorkouts.Add(live);
        await db.SaveChangesAsync(cancellationToken);
        return new StartedLiveWorkout(true, LiveWorkoutResponse.From(live, library));
    }
}
