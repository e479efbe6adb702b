using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Domain;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.CompareSession;

internal sealed record CompareSessionQuery(Guid UserId, Guid SessionId) : IQuery<Result<SessionComparison>>;

/// <summary>
/// Prescription against what was done, from the latest log of the session. Work is reps for reps exercises and seconds for
/// holds; adherence is the work done as a share of the work prescribed, capped at 100 % per exercise.
/// </summary>
/// <param name="AdherencePercent">Mean of the prescribed exercises' adherence; 0 when nothing was logged.</param>
internal sealed record SessionComparison(
    Guid SessionId,
    Guid? WorkoutLogId,
    decimal AdherencePercent,
    IReadOnlyList<ExerciseComparison> Exercises,
    IReadOnlyDictionary<string, decimal> VolumeKgByPattern);

/// <param name="Prescribed">False for an exercise done that the session did not prescribe.</param>
/// <param name="Change">swap, skip or add when the user changed this exercise on the day; a skipped exercise's adherence is 0.</param>
/// <param name="DoneAsExerciseId">For a swap: the exercise done instead, whose sets are counted here.</param>
/// <param name="Reason">Why it was changed, as the user said.</param>
internal sealed record ExerciseComparison(
    Guid ExerciseId,
    string Pattern,
    bool Prescribed,
    int PrescribedSets,
    int DoneSets,
    int PrescribedWork,
    int DoneWork,
    decimal AdherencePercent,
    SessionChangeKind? Change,
    Guid? DoneAsExerciseId,
    string? Reason);
