using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Exercises.Seeding;

namespace CaliFlow.UnitTests.Programming;

/// <summary>The shipped exercise library as other modules receive it, with stable made-up ids.</summary>
internal static class SeedLibrary
{
    public static ExerciseLibrary Instance { get; } = Build();

    public static ExerciseInfo Exercise(string slug) => Instance.Exercises.Single(e => e.Slug == slug);

    private static ExerciseLibrary Build()
    {
        var seed = LibrarySeedContent.Load();
        var ids = seed.Exercises.Select((e, i) => (e.Slug, Id: new Guid(i + 1, 0, 0, new byte[8]))).ToDictionary(x => x.Slug, x => x.Id);
        return new ExerciseLibrary(
            "test",
            [.. seed.Patterns.Select(p => new MovementPatternInfo(p.Slug, p.Name, p.SortOrder))],
            [.. seed.Exercises.Select(e => new ExerciseInfo(
                ids[e.Slug], e.Slug, e.Name, e.Pattern, e.Difficulty, e.Equipment, e.PrimaryMuscles, e.SecondaryMuscles, e.Unit,
                e.PerSide, e.BodyweightFraction, Retired: false))],
            [.. seed.Progressions.Select((p, i) => new ProgressionInfo(new Guid(0, 0, 0, [.. BitConverter.GetBytes((long)i + 1)]), ids[p.From], ids[p.To], p.Rule))]);
    }
}
