using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Persistence;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.AbandonLiveWorkout;

/// <summary>An abandoned workout leaves nothing behind: it and its sets are deleted, and no log is written.</summary>
internal sealed class AbandonLiveWorkoutHandler(ProgressDbContext db) : ICommandHandler<AbandonLiveWorkoutCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(AbandonLiveWorkoutCommand command, CancellationToken cancellationToken)
    {
        var open = await db.LockOpenLiveWorkoutAsync(command.UserId, command.LiveWorkoutId, cancellationToken);
        if (!open.IsSuccess)
        {
            return open.Error!;
        }

        var live = open.Value;

        db.LiveWorkouts.Remove(live);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
