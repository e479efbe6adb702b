using CaliFlow.BuildingBlocks.Application;

namespace CaliFlow.Modules.Exercises.Library;

internal static class ExerciseErrors
{
    public static Error NotFound(string idOrSlug) =>
        Error.NotFound("exercise_not_found", $"No exercise has the id or slug '{idOrSlug}'.");

    public static Error ProgressionNotFound(Guid id) =>
        Error.NotFound("progression_not_found", $"No progression has the id '{id}'.");
}
