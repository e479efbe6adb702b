using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Library;
using CaliFlow.Modules.Exercises.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Exercises.Features.UpdateExercise;

internal sealed class UpdateExerciseHandler(ExercisesDbContext db, LibraryChange libraryChange) : ICommandHandler<UpdateExerciseCommand, Result<ExerciseDetails>>
{
    public async ValueTask<Result<ExerciseDetails>> Handle(UpdateExerciseCommand command, CancellationToken cancellationToken)
    {
        await libraryChange.BeginAsync(cancellationToken);
        var exercise = Guid.TryParse(command.IdOrSlug, out var id)
            ? await db.Exercises.SingleOrDefaultAsync(e => e.Id == id, cancellationToken)
            : await db.Exercises.SingleOrDefaultAsync(e => e.Slug == command.IdOrSlug, cancellationToken);
        if (exercise is null)
        {
            return ExerciseErrors.NotFound(command.IdOrSlug);
        }

        var pattern = await db.Patterns.SingleOrDefaultAsync(p => p.Slug == command.Pattern, cancellationToken);
        if (pattern is null)
        {
            return Error.Validation("unknown_pattern", $"'{command.Pattern}' is not a movement pattern.", "pattern");
        }

        var name = command.Name.Trim();
        if (await db.Exercises.AnyAsync(e => e.Name == name && e.Id != exercise.Id, cancellationToken))
        {
            return Error.Conflict("exercise_exists", $"Another exercise is already called '{name}'.");
        }

        var live = db.Progressions.Where(p => p.RetiredAt == null);
        var easier = await db.Exercises
            .Where(e => live.Any(p => p.FromExerciseId == e.Id && p.ToExerciseId == exercise.Id)).ToListAsync(cancellationToken);
        var harder = await db.Exercises
            .Where(e => live.Any(p => p.ToExerciseId == e.Id && p.FromExerciseId == exercise.Id)).ToListAsync(cancellationToken);
        if (LibraryRules.CheckDifficulty(exercise, command.Difficulty!.Value, easier, harder) is { } orderError)
        {
            return orderError;
        }

        // Rules on the edges leaving this exercise count in its unit; changing the unit would make them meaningless.
        if (command.Unit != exercise.Unit && harder.Count > 0)
        {
            return Error.Conflict(
                "unit_in_use", "Progressions out of this exercise count in its current unit; retire them before changing the unit.");
        }

        command.ApplyTo(exercise, pattern.Id);
        libraryChange.Audit("exercise", exercise.Id, $"Exercise '{exercise.Slug}' edited.");
        return LibraryReader.Details(exercise, pattern.Slug);
    }
}
