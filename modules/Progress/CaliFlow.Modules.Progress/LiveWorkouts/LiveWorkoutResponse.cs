using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Domain;

namespace CaliFlow.Modules.Progress.LiveWorkouts;

/// <param name="WorkoutLogId">The log it became once finished (the same id); null while in progress.</param>
/// <param name="Sets">Every set recorded, in the order they were done (their UUIDv7 ids), whatever order they arrived in.</param>
/// <param name="Changes">Exercises of the planned session swapped, skipped or added so far.</param>
internal sealed record LiveWorkoutResponse(
    Guid Id,
    Guid? SessionId,
    DateOnly PerformedOn,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    Guid? WorkoutLogId,
    IReadOnlyList<LiveSetResponse> Sets,
    IReadOnlyList<SessionChange> Changes)
{
    public static LiveWorkoutResponse From(LiveWorkout live, ExerciseLibrary library) => new(
        live.Id, live.SessionId, live.PerformedOn, live.StartedAt, live.FinishedAt, live.IsFinished ? live.Id : null,
        [.. live.Sets.OrderBy(s => s.Id).Select(s => LiveSetResponse.From(s, library))], live.Changes);
}

/// <param name="Exercise">The exercise's slug.</param>
internal sealed record LiveSetResponse(
    Guid Id,
    Guid ExerciseId,
    string Exercise,
    int? Reps,
    int? HoldSeconds,
    decimal? Rpe,
    decimal? AddedWeightKg,
    decimal? AssistanceKg,
    DateTimeOffset UpdatedAt)
{
    public static LiveSetResponse From(LiveSet set, ExerciseLibrary library) => new(
        set.Id, set.ExerciseId, library.Exercises.FirstOrDefault(e => e.Id == set.ExerciseId)?.Slug ?? "",
        set.Performed.Reps, set.Performed.HoldSeconds, set.Performed.Rpe, set.Performed.AddedWeightKg, set.Performed.AssistanceKg,
        set.UpdatedAt);
}
