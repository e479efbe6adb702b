using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Sessions;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.SwapExercise;

/// <param name="SessionExerciseId">Which exercise of the session to replace.</param>
/// <param name="Exercise">Id or slug of the replacement: a progression neighbour (easier or harder) or another exercise of the same pattern.</param>
/// <param name="ApplyToRemainingWeeks">Also replace it in every later planned session of the plan.</param>
internal sealed record SwapExerciseCommand(Guid? SessionExerciseId, string Exercise, bool ApplyToRemainingWeeks = false)
    : ICommand<Result<SessionResponse>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }

    [JsonIgnore]
    public Guid SessionId { get; init; }
}
