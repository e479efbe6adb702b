using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Persistence;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.DeleteLiveSet;

internal sealed class DeleteLiveSetHandler(ProgressDbContext db) : ICommandHandler<DeleteLiveSetCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(DeleteLiveSetCommand command, CancellationToken cancellationToken)
    {
        var open = await db.LockOpenLiveWorkoutAsync(command.UserId, command.LiveWorkoutId, cancellationToken);
        if (!open.IsSuccess)
        {
            return open.Error!;
        }

        var live = open.Value;

        var set = live.Sets.FirstOrDefault(s => s.Id == command.SetId);
        if (set is null)
        {
            return ProgressErrors.LiveSetNotFound;
        }

        db.LiveSets.Remove(set);
        db.MarkSetsChanged(live);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
