namespace CaliFlow.IntegrationTests.Exercises;

// The API's shapes as a client sees them (only the fields the tests read).

public sealed record ExerciseSummary(
    Guid Id, string Slug, string Name, string Pattern, int Difficulty, string[] Equipment, string[][] AlternativeEquipment,
    string[] PrimaryMuscles, string Unit, bool Retired)
{
    /// <summary>The usual setup or one of the others needs nothing beyond <paramref name="available"/>.</summary>
    public bool DoableWith(params string[] available) =>
        Equipment.All(available.Contains) || AlternativeEquipment.Any(setup => setup.All(available.Contains));
}

public sealed record ExercisePage(ExerciseSummary[] Items, string? NextCursor);

public sealed record ExerciseDetails(
    Guid Id, string Slug, string Name, string Pattern, int Difficulty, string[] Equipment, string[] PrimaryMuscles,
    string[] SecondaryMuscles, string Unit, bool PerSide, decimal BodyweightFraction, string Instructions, string[] Cues,
    string[] CommonMistakes, bool Retired);

public sealed record MovementPattern(string Slug, string Name, int SortOrder, int ExerciseCount);

public sealed record Rule(int Sets, int? Reps, int? HoldSeconds, int MaxRpe, int Sessions, int WithinDays);

public sealed record Edge(Guid Id, string From, string To, Rule Rule);

public sealed record ChainStep(int Distance, ExerciseSummary Exercise);

public sealed record Chain(ExerciseSummary Exercise, ChainStep[] Easier, ChainStep[] Harder, Edge[] Edges);

public sealed record PathResponse(ExerciseSummary[] Steps, Edge[] Edges);
