using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Planning;

namespace CaliFlow.Modules.Programming.Sessions;

/// <summary>A session as the session routes, the plan week and today's workout show it.</summary>
internal sealed record SessionResponse(
    Guid Id,
    Guid PlanId,
    int Week,
    DateOnly Date,
    DateOnly? OriginalDate,
    string Name,
    bool Deload,
    SessionStatus Status,
    string? SkipReason,
    int EstimatedMinutes,
    IReadOnlyList<WarmUpItem> WarmUp,
    IReadOnlyList<SessionExerciseResponse> Exercises,
    IReadOnlyList<SessionAdjustmentResponse> Adjustments)
{
    public static SessionResponse From(WorkoutSession s) => new(
        s.Id, s.PlanId, s.Week, s.ScheduledDate, s.OriginalDate, s.Name, s.Deload, s.Status, s.SkipReason, s.EstimatedMinutes, s.WarmUp,
        [.. s.Exercises.OrderBy(e => e.Order).Select(e => new SessionExerciseResponse(
            e.Id, e.Order, e.ExerciseId, e.ExerciseSlug, e.ExerciseName, e.Pattern, e.Sets, e.Notes, e.SwappedFromExerciseId, e.Group))],
        [.. s.Adjustments.Select(a => new SessionAdjustmentResponse(a.Kind, a.Pattern, a.Reason, a.AppliedAt))]);
}

/// <param name="Group">The exercises done together with this one (a superset, a circuit, an EMOM); null for straight sets.</param>
internal sealed record SessionExerciseResponse(
    Guid Id,
    int Order,
    Guid ExerciseId,
    string Slug,
    string Name,
    string Pattern,
    IReadOnlyList<PrescribedSet> Sets,
    string? Notes,
    Guid? SwappedFromExerciseId,
    ExerciseGroup? Group);

/// <summary>A change a check-in made to this session (autoregulation), with the reason to show the user.</summary>
/// <param name="Kind">reduce-volume, early-deload, easier-variation or progress-sooner.</param>
internal sealed record SessionAdjustmentResponse(string Kind, string? Pattern, string Reason, DateTimeOffset AppliedAt);
