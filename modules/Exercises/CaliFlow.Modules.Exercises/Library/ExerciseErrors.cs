using CaliFlow.BuildingBlocks.Application;

namespace CaliFlow.Modules.Exercises.Library;

internal static class ExerciseErrors
{
    public static Error NotFound(string idOrSlug) =>
        Error.NotFound("exercise_not_found", $"No exercise has the id or slug '{idOrSlug}'.");

    public static Error ProgressionNotFound(Guid id) =>
        Error.NotFound("progression_not_found", $"No progression has the id '{id}'.");

    public static readonly Error CustomExerciseIdConflict = Error.Conflict(
        "custom_exercise_id_conflict", "Another exercise already has this id; make a new id for a new exercise.");

    public static readonly Error TooManyCustomExercises = Error.Conflict(
        "too_many_custom_exercises", $"You may have at most {CustomExercises.CustomExerciseMaker.MaxPerUser} exercises of your own.");
}
