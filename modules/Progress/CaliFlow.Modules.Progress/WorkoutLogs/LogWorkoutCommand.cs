using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Domain;
using Mediator;

namespace CaliFlow.Modules.Progress.WorkoutLogs;

/// <summary>
/// A workout as a client uploads it: <c>POST /workout-logs</c> sends one, <c>POST /workout-logs/sync</c> a batch of them, and
/// <see cref="WorkoutLogWriter"/> records either.
/// </summary>
/// <param name="Id">Made by the client (UUIDv7), so an upload retried after a lost answer is recognised.</param>
/// <param name="SessionId">The planned session this workout was done against; absent for a custom workout.</param>
/// <param name="PerformedOn">The user's local date of the workout.</param>
/// <param name="BodyWeightKg">Body weight on the day; the profile's when absent.</param>
/// <param name="Changes">Exercises of the planned session swapped, skipped or added on the day.</param>
/// <param name="StartedAt">When the workout began, with its offset; optional, but without it no other app's record of the same
/// session can be recognised.</param>
internal sealed record LogWorkoutCommand(
    Guid? Id,
    Guid? SessionId,
    DateOnly? PerformedOn,
    int? DurationMinutes,
    Feeling? Feeling,
    string? Notes,
    decimal? BodyWeightKg,
    List<LoggedExercise> Exercises,
    // Left out of the content hash when absent, so a log uploaded before changes existed hashes as it did.
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] List<RequestedChange>? Changes = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? StartedAt = null)
    : ICommand<Result<LoggedWorkout>>
{
    public const int MaxExercises = 40;
    public const int MaxSets = 30;
    public const int MaxDurationMinutes = 600;

    [JsonIgnore]
    public Guid UserId { get; init; }
}

/// <param name="Exercise">Id or slug of the exercise.</param>
internal sealed record LoggedExercise(string Exercise, List<PerformedSet> Sets);

/// <param name="Created">False when the same log had been received before (a retry): nothing new was written.</param>
internal sealed record LoggedWorkout(bool Created, WorkoutLogResponse Log);
