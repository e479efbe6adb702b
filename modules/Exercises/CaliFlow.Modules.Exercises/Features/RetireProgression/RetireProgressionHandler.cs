using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Library;
using CaliFlow.Modules.Exercises.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Exercises.Features.RetireProgression;

internal sealed class RetireProgressionHandler(ExercisesDbContext db, LibraryChange libraryChange, TimeProvider time) : ICommandHandler<RetireProgressionCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(RetireProgressionCommand command, CancellationToken cancellationToken)
    {
        await libraryChange.BeginAsync(cancellationToken);
        var edge = await db.Progressions.SingleOrDefaultAsync(p => p.Id == command.ProgressionId, cancellationToken);
        if (edge is null)
        {
            return ExerciseErrors.ProgressionNotFound(command.ProgressionId);
        }

        edge.Retire(time.GetUtcNow());
        libraryChange.Audit("progression", edge.Id, "Progression retired.");
        return Unit.Value;
    }
}
