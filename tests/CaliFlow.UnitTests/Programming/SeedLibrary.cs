using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Exercises.Seeding;

namespace CaliFlow.UnitTests.Programming;

/// <summary>The shipped exercise library as other modules receive it.</summary>
internal static class SeedLibrary
{
    public static ExerciseLibrary Instance { get; } = LibrarySeedContent.Load().ToExerciseLibrary();

    public static ExerciseInfo Exercise(string slug) => Instance.Exercises.Single(e => e.Slug == slug);
}
