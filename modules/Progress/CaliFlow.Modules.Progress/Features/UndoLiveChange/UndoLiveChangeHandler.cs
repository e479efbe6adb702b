using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Persistence;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.UndoLiveChange;

internal sealed class UndoLiveChangeHandler(ProgressDbContext db, IExerciseCatalog exercises) : ICommandHandler<UndoLiveChangeCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(UndoLiveChangeCommand command, CancellationToken cancellationToken)
    {
        var open = await db.LockOpenLiveWorkoutAsync(command.UserId, command.LiveWorkoutId, cancellationToken);
        if (!open.IsSuccess)
        {
            return open.Error!;
        }

        var exercise = (await exercises.GetLibraryAsync(cancellationToken)).Find(command.Exercise);
        if (exercise is null || !open.Value.Undo(exercise.Id))
        {
            return ProgressErrors.LiveChangeNotFound;
        }

        return Unit.Value;
    }
}
