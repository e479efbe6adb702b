using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.EditWorkoutLog;

/// <summary>A partial edit: fields left out keep their value; exercises, when sent, replace the logged ones.</summary>
internal sealed record EditWorkoutLogCommand(
    int? DurationMinutes = null,
    Feeling? Feeling = null,
    string? Notes = null,
    List<LoggedExercise>? Exercises = null) : ICommand<Result<WorkoutLogResponse>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }

    [JsonIgnore]
    public Guid LogId { get; init; }
}
