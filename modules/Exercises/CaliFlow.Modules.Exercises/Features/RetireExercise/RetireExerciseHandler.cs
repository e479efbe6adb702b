using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Library;
using CaliFlow.Modules.Exercises.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Exercises.Features.RetireExercise;

internal sealed class RetireExerciseHandler(ExercisesDbContext db, LibraryChange libraryChange, TimeProvider time) : ICommandHandler<RetireExerciseCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(RetireExerciseCommand command, CancellationToken cancellationToken)
    {
        await libraryChange.BeginAsync(cancellationToken);
        var exercise = await db.Exercises.SingleOrDefaultAsync(e => e.Id == command.ExerciseId, cancellationToken);
        if (exercise is null)
        {
            return ExerciseErrors.NotFound(command.ExerciseId.ToString());
        }

        var now = time.GetUtcNow();
        exercise.Retire(now);
        var edges = await db.Progressions
            .Where(p => p.RetiredAt == null && (p.FromExerciseId == exercise.Id || p.ToExerciseId == exercise.Id))
            .ToListAsync(cancellationToken);
        edges.ForEach(p => p.Retire(now));
        libraryChange.Audit("exercise", exercise.Id, $"Exercise '{exercise.Slug}' retired with {edges.Count} progression(s).");
        return Unit.Value;
    }
}
