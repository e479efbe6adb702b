using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Exercises.Responses;
using Mediator;

namespace CaliFlow.Modules.Exercises.Features.UpdateProgression;

/// <summary>Changes what unlocks the step; the ends of an edge are permanent (retire it and add another instead).</summary>
internal sealed record UpdateProgressionCommand(UnlockRule Rule) : ICommand<Result<ProgressionEdge>>
{
    [JsonIgnore]
    public Guid ProgressionId { get; init; }
}
