using CaliFlow.Modules.Progress.Domain;

namespace CaliFlow.Modules.Progress.WorkoutLogs;

/// <param name="Changes">Exercises of the planned session swapped, skipped or added on the day.</param>
/// <param name="VolumeKg">Sum of load × reps (or × seconds for holds) over every set; null when the body weight is unknown.</param>
internal sealed record WorkoutLogResponse(
    Guid Id,
    Guid? SessionId,
    DateOnly PerformedOn,
    DateTimeOffset? StartedAt,
    int? DurationMinutes,
    Feeling? Feeling,
    string? Notes,
    decimal? BodyWeightKg,
    decimal? VolumeKg,
    IReadOnlyList<ExerciseLogResponse> Exercises,
    IReadOnlyList<SessionChange> Changes,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static WorkoutLogResponse From(WorkoutLog log)
    {
        var exercises = log.Exercises.OrderBy(e => e.Order).Select(e => ExerciseLogResponse.From(log.BodyWeightKg, e)).ToList();
        return new WorkoutLogResponse(
            log.Id, log.SessionId, log.PerformedOn, log.StartedAt, log.DurationMinutes, log.Feeling, log.Notes, log.BodyWeightKg,
            log.BodyWeightKg is null ? null : exercises.Sum(e => e.VolumeKg ?? 0m), exercises, log.Changes, log.CreatedAt, log.UpdatedAt);
    }
}

internal sealed record ExerciseLogResponse(Guid ExerciseId, int Order, string Pattern, IReadOnlyList<PerformedSetResponse> Sets, decimal? VolumeKg)
{
    public static ExerciseLogResponse From(decimal? bodyWeightKg, ExerciseLog e)
    {
        var sets = e.Sets.Select(s => new PerformedSetResponse(
            s.Reps, s.HoldSeconds, s.Rpe, s.AddedWeightKg, s.AssistanceKg, Load.Effective(bodyWeightKg, e.BodyweightFraction, s))).ToList();
        return new ExerciseLogResponse(
            e.ExerciseId, e.Order, e.Pattern, sets,
            bodyWeightKg is null ? null : e.Sets.Sum(s => Load.Volume(bodyWeightKg, e.BodyweightFraction, s) ?? 0m));
    }
}

/// <param name="EffectiveLoadKg">Body weight × the exercise's fraction + added − assistance.</param>
internal sealed record PerformedSetResponse(int? Reps, int? HoldSeconds, decimal? Rpe, decimal? AddedWeightKg, decimal? AssistanceKg, decimal? EffectiveLoadKg);
