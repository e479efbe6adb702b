using CaliFlow.Modules.Exercises.Contracts;

namespace CaliFlow.Modules.Progress.WorkoutLogs;

/// <summary>The library as one user logs against it: the shared exercises, and their own among the names the library lacks.</summary>
internal static class OwnExercises
{
    /// <summary>Asks the Exercises module only when a name is not in the library, so a log of library exercises costs nothing more.</summary>
    public static async Task<ExerciseLibrary> WithOwnAsync(
        this IExerciseCatalog catalog, ExerciseLibrary library, Guid userId, IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var missing = names.Where(n => library.Find(n) is null).Distinct(StringComparer.Ordinal).ToList();
        return missing.Count == 0 ? library : library.With(await catalog.GetCustomAsync(userId, missing, cancellationToken));
    }
}
