using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Exercises.Library;
using Mediator;

namespace CaliFlow.Modules.Exercises.Features.CreateExercise;

/// <param name="Id">Optional client-generated UUIDv7; one is made when absent.</param>
/// <param name="Slug">Permanent kebab-case key; cannot be changed later.</param>
internal sealed record CreateExerciseCommand(
    Guid? Id,
    string Slug,
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
    [JsonIgnore]
    public Guid AdminId { get; init; }
}
