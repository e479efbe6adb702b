using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Exercises.Domain;
using CaliFlow.Modules.Exercises.Library;
using CaliFlow.Modules.Exercises.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Exercises.CustomExercises;

/// <summary>
/// Makes a user's custom exercise, for the slice that creates one and for an import that asks for them. Idempotent by id: the
/// same id again is the exercise already made (an event delivered twice, a retried request).
/// </summary>
internal sealed class CustomExerciseMaker(ExercisesDbContext db, LibraryReader library)
{
    public const int MaxPerUser = 500;

    public async Task<Result<CustomExercise>> MakeAsync(
        Guid id, Guid ownerId, string name, string pattern, ExerciseUnit unit, decimal? bodyweightFraction, CancellationToken cancellationToken)
    {
        if (await db.CustomExercises.SingleOrDefaultAsync(e => e.Id == id, cancellationToken) is { } existing)
        {
            return existing.OwnerId == ownerId ? existing : ExerciseErrors.CustomExerciseIdConflict;
        }

        var snapshot = await library.GetAsync(cancellationToken);
        if (snapshot.ById.ContainsKey(id))
        {
            return ExerciseErrors.CustomExerciseIdConflict; // a library exercise's id (they are public) would pass for it
        }

        if (snapshot.Shared.Patterns.All(p => p.Slug != pattern))
        {
            return Error.Validation("unknown_pattern", $"'{pattern}' is not a movement pattern.", "pattern");
        }

        // Saved ones and those made earlier in this unit of work (an import asks for several at once).
        var mine = (await db.CustomExercises.Where(e => e.OwnerId == ownerId).Select(e => e.Slug).ToListAsync(cancellationToken))
            .Concat(db.CustomExercises.Local.Where(e => e.OwnerId == ownerId && db.Entry(e).State == EntityState.Added).Select(e => e.Slug))
            .ToList();
        if (mine.Count >= MaxPerUser)
        {
            return ExerciseErrors.TooManyCustomExercises;
        }

        var exercise = CustomExercise.Create(
            id, ownerId, name, pattern, unit, bodyweightFraction ?? TypicalShare(snapshot.Shared, pattern), mine.Contains);
        db.CustomExercises.Add(exercise);
        return exercise;
    }

    /// <summary>
    /// The pattern's usual bodyweight share (the median of its library exercises): a custom pull-up variant moves most of the
    /// body, a custom calf raise about as much as the library's do.
    /// </summary>
    private static decimal TypicalShare(ExerciseLibrary library, string pattern)
    {
        var shares = library.Exercises.Where(e => e.Pattern == pattern).Select(e => e.BodyweightFraction).Order().ToList();
        return shares.Count == 0 ? 0m : shares[shares.Count / 2];
    }
}
