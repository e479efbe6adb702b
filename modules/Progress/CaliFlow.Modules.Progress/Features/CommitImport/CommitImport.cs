using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Imports;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.CommitImport;

/// <param name="Exercises">The user's choices for the file's exercise names: required for every unmatched name, optional for
/// matched ones (a matched name without a choice is written as its match).</param>
internal sealed record CommitImportCommand(List<ExerciseDecision>? Exercises) : ICommand<Result<ImportResponse>>
{
    public const int MaxDecisions = ExerciseMatcher.MaxNamesPerImport;

    [JsonIgnore]
    public Guid UserId { get; init; }

    [JsonIgnore]
    public Guid ImportId { get; init; }
}

/// <param name="Name">The exercise name as the file wrote it (as the preview lists it).</param>
/// <param name="Exercise">Id or slug of the library exercise (or one of your own) to write it as.</param>
/// <param name="Skip">True to leave this name's sets out.</param>
/// <param name="Create">Make an exercise of your own with this name, and write the name as it.</param>
internal sealed record ExerciseDecision(string Name, string? Exercise, bool? Skip, NewExercise? Create = null);

/// <param name="Pattern">The movement pattern's slug, for stats and charts.</param>
/// <param name="Unit">How its sets are counted: reps or hold-seconds.</param>
/// <param name="BodyweightFraction">The share of body weight it moves (0-1.5); the pattern's usual share when absent.</param>
internal sealed record NewExercise(string? Pattern, ExerciseUnit? Unit, decimal? BodyweightFraction);
