using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Exercises.CustomExercises;
using Mediator;

namespace CaliFlow.Modules.Exercises.Features.CreateCustomExercise;

/// <param name="Id">Optional client-made UUIDv7: the same request again answers with the exercise already made.</param>
/// <param name="Pattern">The movement pattern's slug, for stats and charts.</param>
/// <param name="Unit">How its sets are counted: reps or hold-seconds.</param>
/// <param name="BodyweightFraction">The share of body weight it moves (0-1.5); the pattern's usual share when absent.</param>
internal sealed record CreateCustomExerciseCommand(Guid? Id, string? Name, string? Pattern, ExerciseUnit? Unit, decimal? BodyweightFraction)
    : ICommand<Result<CustomExerciseResponse>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }
}
