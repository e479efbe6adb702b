using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetHealthKitWorkout;

internal sealed record GetHealthKitWorkoutQuery(Guid UserId, Guid LogId) : IQuery<Result<HealthKitWorkoutResponse>>;

/// <summary>
/// A workout log as Apple HealthKit's <c>HKWorkout</c>: an iOS app builds the workout (or an <c>HKWorkoutBuilder</c>) from it,
/// with each set as a segment event, and saves it with no mapping of its own.
/// </summary>
/// <param name="WorkoutActivityType"><c>HKWorkoutActivityType.functionalStrengthTraining</c> (20).</param>
/// <param name="Duration">Seconds, as <c>TimeInterval</c>.</param>
internal sealed record HealthKitWorkoutResponse(
    int WorkoutActivityType,
    string WorkoutActivityTypeName,
    DateTimeOffset StartDate,
    DateTimeOffset EndDate,
    double Duration,
    HealthKitWorkoutMetadata Metadata,
    IReadOnlyList<HealthKitWorkoutEvent> WorkoutEvents);

/// <param name="ExternalUuid">The log's id: saving the workout again finds the one saved before.</param>
/// <param name="TimeZone">The user's IANA zone, as HealthKit wants it for local times.</param>
internal sealed record HealthKitWorkoutMetadata(
    [property: JsonPropertyName("HKExternalUUID")] string ExternalUuid,
    [property: JsonPropertyName("HKTimeZone")] string TimeZone);

/// <summary>One set as an <c>HKWorkoutEvent</c> of type segment (7), over the time the set took, with what was done in its metadata.</summary>
internal sealed record HealthKitWorkoutEvent(int Type, string TypeName, DateTimeOffset StartDate, DateTimeOffset EndDate, HealthKitSetMetadata Metadata);

/// <param name="SetIndex">The set's number within its exercise, from 0.</param>
internal sealed record HealthKitSetMetadata(
    Guid ExerciseId,
    string? Exercise,
    int SetIndex,
    int? Repetitions,
    int? HoldSeconds,
    decimal? AddedWeightKg,
    decimal? AssistanceKg,
    decimal? Rpe);
