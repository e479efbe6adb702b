using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.LiveWorkouts;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.RecordLiveSet;

/// <param name="Exercise">Id or slug of the exercise.</param>
/// <param name="Reps">Reps done, for an exercise counted in reps.</param>
/// <param name="HoldSeconds">Seconds held, for an exercise counted in seconds.</param>
/// <param name="Rpe">How hard it was, 1-10.</param>
internal sealed record RecordLiveSetCommand(
    string Exercise,
    int? Reps,
    int? HoldSeconds,
    decimal? Rpe,
    decimal? AddedWeightKg,
    decimal? AssistanceKg) : ICommand<Result<RecordedLiveSet>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }

    [JsonIgnore]
    public Guid LiveWorkoutId { get; init; }

    /// <summary>Made by the client (UUIDv7) when the set is done: the set's identity and its place in the workout.</summary>
    [JsonIgnore]
    public Guid SetId { get; init; }
}

/// <param name="Created">True for a set not recorded before; false for one resent (unchanged) or corrected (replaced).</param>
internal sealed record RecordedLiveSet(bool Created, LiveSetResponse Set);
