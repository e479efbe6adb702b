using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Exercises.Library;

namespace CaliFlow.Modules.Exercises.Responses;

/// <summary>An exercise as lists, chains and paths show it (<see cref="ExerciseDetails"/> is the full one).</summary>
internal sealed record ExerciseSummary(
    Guid Id,
    string Slug,
    string Name,
    string Pattern,
    int Difficulty,
    ExerciseKind Kind,
    IReadOnlyList<Equipment> Equipment,
    IReadOnlyList<IReadOnlyList<Equipment>> AlternativeEquipment,
    IReadOnlyList<Muscle> PrimaryMuscles,
    ExerciseUnit Unit,
    bool PerSide,
    bool Retired)
{
    public static ExerciseSummary From(ExerciseDetails e) =>
        new(e.Id, e.Slug, e.Name, e.Pattern, e.Difficulty, e.Kind, e.Equipment, e.AlternativeEquipment, e.PrimaryMuscles, e.Unit, e.PerSide, e.Retired);
}
