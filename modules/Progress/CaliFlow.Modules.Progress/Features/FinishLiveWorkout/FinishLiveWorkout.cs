using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.FinishLiveWorkout;

/// <param name="DurationMinutes">How long it took; the minutes since it started when absent.</param>
/// <param name="BodyWeightKg">Body weight on the day; the profile's when absent.</param>
internal sealed record FinishLiveWorkoutCommand(int? DurationMinutes, Feeling? Feeling, string? Notes, decimal? BodyWeightKg)
    : ICommand<Result<LoggedWorkout>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }

    [JsonIgnore]
    public Guid LiveWorkoutId { get; init; }
}
