using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
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
/// <param name="Exercise">Id or slug of the library exercise to write it as.</param>
/// <param name="Skip">True to leave this name's sets out.</param>
internal sealed record ExerciseDecision(string Name, string? Exercise, bool? Skip);
