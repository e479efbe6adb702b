using CaliFlow.BuildingBlocks.Messaging;

namespace CaliFlow.Modules.Progress.Contracts;

/// <summary>A workout was logged; <paramref name="SessionId"/> names the planned session it was done against, if any.</summary>
/// <param name="Date">The user's local date of the workout.</param>
/// <param name="Exercises">What was done, one line per exercise (null in events written before the summary existed).</param>
/// <param name="AbsorbedActivityDates">
/// Dates of other apps' activities, received before this log, that turned out to be the same session: each had counted as a
/// session of its week, and this log counts instead.
/// </param>
public sealed record WorkoutLoggedIntegrationEvent(
    Guid UserId,
    Guid WorkoutLogId,
    Guid? SessionId,
    DateOnly Date,
    IReadOnlyList<WorkoutExerciseSummary>? Exercises = null,
    Guid? ImportId = null,
    IReadOnlyList<DateOnly>? AbsorbedActivityDates = null) : IIntegrationEvent
{
    /// <summary>Brought in by an import of past workouts: it counts, but quietly (one <see cref="WorkoutsImportedIntegrationEvent"/> tells of them all).</summary>
    public bool Imported => ImportId is not null;
}

/// <summary>
/// Another app's session (a run, a class, a workout on a watch) was received for the first time and is not one of the user's
/// CaliFlow logs: it counts as an active day and a session of its week. <see cref="WorkoutLoggedIntegrationEvent.AbsorbedActivityDates"/>
/// takes it back out of its week when a log of the same session arrives after it.
/// </summary>
/// <param name="Date">The user's local date of its start.</param>
public sealed record ExternalActivityRecordedIntegrationEvent(Guid UserId, Guid ActivityId, string Source, DateOnly Date, int DurationMinutes)
    : IIntegrationEvent;

/// <summary>
/// An import's user chose to make exercises of their own for names the library lacks: the Exercises module makes each, under
/// the id given (so the import's workouts can name it before it exists, and a redelivery makes nothing twice).
/// </summary>
public sealed record CustomExercisesRequestedIntegrationEvent(Guid UserId, Guid ImportId, IReadOnlyList<RequestedCustomExercise> Exercises)
    : IIntegrationEvent;

/// <param name="Unit">reps or hold-seconds.</param>
/// <param name="BodyweightFraction">Null for the pattern's usual share.</param>
public sealed record RequestedCustomExercise(Guid Id, string Name, string Pattern, string Unit, decimal? BodyweightFraction);

/// <summary>An import finished writing: <paramref name="Workouts"/> past workouts, dated <paramref name="From"/> to <paramref name="To"/>, are now logs.</summary>
public sealed record WorkoutsImportedIntegrationEvent(Guid UserId, Guid ImportId, int Workouts, DateOnly? From, DateOnly? To) : IIntegrationEvent;

/// <summary>
/// One exercise of a logged workout in totals: all its sets' reps and hold seconds, and its best set (most reps or the longest
/// hold), so consumers can keep running totals and records without reading the log.
/// </summary>
public sealed record WorkoutExerciseSummary(
    Guid ExerciseId,
    string Slug,
    string Pattern,
    int Sets,
    int TotalReps,
    int TotalHoldSeconds,
    int BestReps,
    int BestHoldSeconds);

public enum VariationChange
{
    /// <summary>The unlock rule of the progression edge was met: the harder exercise takes over.</summary>
    Advanced,

    /// <summary>Clearly failed sessions: the easier exercise takes over.</summary>
    Regressed,
}

/// <summary>
/// Auto-progression moved the user from one exercise to another for a movement pattern; upcoming sessions should use
/// <paramref name="ToExerciseId"/> wherever they prescribed <paramref name="FromExerciseId"/>.
/// </summary>
public sealed record VariationChangedIntegrationEvent(
    Guid UserId,
    string Pattern,
    Guid FromExerciseId,
    Guid ToExerciseId,
    VariationChange Change,
    string Reason) : IIntegrationEvent;

/// <summary>A new body-weight reading was recorded (not a retried upload); targets derived from body weight may be stale.</summary>
/// <param name="RecordedOn">The user's local date of the reading; it may be older than the latest one (a back-filled reading).</param>
public sealed record BodyWeightRecordedIntegrationEvent(Guid UserId, decimal WeightKg, DateOnly RecordedOn) : IIntegrationEvent;
