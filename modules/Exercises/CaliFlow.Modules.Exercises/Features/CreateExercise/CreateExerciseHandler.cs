using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Domain;
using CaliFlow.Modules.Exercises.Library;
using CaliFlow.Modules.Exercises.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Exercises.Features.CreateExercise;

internal sealed class CreateExerciseHandler(ExercisesDbContext db, LibraryChange libraryChange) : ICommandHandler<CreateExerciseCommand, Result<ExerciseDetails>>
{
    public async ValueTask<Result<ExerciseDetails>> Handle(CreateExerciseCommand command, CancellationToken cancellationToken)
    {
        await libraryChange.BeginAsync(cancellationToken);
        var pattern = await db.Patterns.SingleOrDefaultAsync(p => p.Slug == command.Pattern, cancellationToken);
        if (pattern is null)
        {
            return Error.Validation("unknown_pattern", $"'{command.Pattern}' is not a movement pattern.", "pattern");
        }

        var name = command.Name.Trim();
        var id = command.Id ?? Guid.CreateVersion7();
        if (await db.Exercises.AnyAsync(e => e.Slug == command.Slug || e.Name == name || e.Id == id, cancellationToken))
        {
            return Error.Conflict("exercise_exists", "An exercise with this id, slug or name already exists.");
        }

        var exercise = Exercise.Create(id, command.Slug);
        command.ApplyTo(exercise, pattern.Id);
        db.Exercises.Add(exercise);
        libraryChange.Audit("exercise", exercise.Id, $"Exercise '{exercise.Slug}' created.");
        return LibraryReader.Details(exercise, pattern.Slug);
    }
}
