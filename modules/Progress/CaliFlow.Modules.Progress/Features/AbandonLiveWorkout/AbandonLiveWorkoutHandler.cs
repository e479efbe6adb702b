using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Persistence;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.AbandonLiveWorkout;

/// <summary>An abandoned workout leaves no log and no sets; its row stays as a tombstone for delta sync.</summary>
internal sealed class AbandonLiveWorkoutHandler(ProgressDbContext db, TimeProvider time) : ICommandHandler<AbandonLiveWorkoutCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(AbandonLiveWorkoutCommand command, CancellationToken cancellationToken)
    {
        var open = await db.LockOpenLiveWorkoutAsync(command.UserId, command.LiveWorkoutId, cancellationToken);
        if (!open.IsSuccess)
        {
            return open.Error!;
        }

        var live = open.Value;
        db.LiveSets.RemoveRange(live.Sets);
        live.Discard(time.GetUtcNow());
        return Unit.Value;
    }
}
