using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.LiveWorkouts;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.ChangeLiveExercise;

/// <param name="Kind">swap (for today only), skip, or add (an exercise the session does not prescribe).</param>
/// <param name="Replacement">For a swap: id or slug of the exercise done instead, counted the same way (reps or seconds).</param>
/// <param name="Reason">Why: required for a skip.</param>
internal sealed record ChangeLiveExerciseCommand(SessionChangeKind? Kind, string? Replacement, string? Reason)
    : ICommand<Result<LiveWorkoutResponse>>, IRequestedChange
{
    [JsonIgnore]
    public Guid UserId { get; init; }

    [JsonIgnore]
    public Guid LiveWorkoutId { get; init; }

    /// <summary>Id or slug of the exercise changed, from the route.</summary>
    [JsonIgnore]
    public string Exercise { get; init; } = "";
}
