using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Exercises.Library;
using Mediator;

namespace CaliFlow.Modules.Exercises.Features.UpdateExercise;

/// <summary>Replaces every editable field (the slug and id are permanent).</summary>
internal sealed record UpdateExerciseCommand(
    string Name,
    string Pattern,
    int? Difficulty,
    List<Equipment> Equipment,
    List<Muscle> PrimaryMuscles,
    List<Muscle> SecondaryMuscles,
    ExerciseUnit? Unit,
    bool? PerSide,
    decimal? BodyweightFraction,
    string Instructions,
    List<string> Cues,
    List<string> CommonMistakes,
    ExerciseKind? Kind = null,
    List<List<Equipment>>? AlternativeEquipment = null) : ICommand<Result<ExerciseDetails>>, IExerciseInput
{
    /// <summary>The exercise's id or slug, from the route (as the reads on the same path take it).</summary>
    [JsonIgnore]
    public string IdOrSlug { get; init; } = "";
}
