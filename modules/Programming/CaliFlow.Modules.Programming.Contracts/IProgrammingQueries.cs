using CaliFlow.BuildingBlocks.Application;

namespace CaliFlow.Modules.Programming.Contracts;

/// <summary>Read-only questions other modules may ask Programming (Progress compares what was done with what was prescribed).</summary>
[ReadOnlyContract]
public interface IProgrammingQueries
{
    /// <summary>A session of the user's, with its prescription; null when it does not exist or belongs to someone else.</summary>
    Task<SessionPrescription?> GetSessionAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken);

    /// <summary>Today's workout as <c>GET /workouts/today</c> shows it; null without an active plan.</summary>
    Task<TodaySessionInfo?> GetTodayAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The current week of the active plan (block, deload and why); null without an active plan.</summary>
    Task<PlanWeekInfo?> GetCurrentWeekAsync(Guid userId, CancellationToken cancellationToken);
}

public sealed record SessionPrescription(
    Guid SessionId,
    Guid PlanId,
    int Week,
    DateOnly ScheduledDate,
    bool Deload,
    IReadOnlyList<PrescribedExercise> Exercises);

/// <param name="Group">The exercises done together with this one; null for straight sets.</param>
public sealed record PrescribedExercise(Guid Id, int Order, Guid ExerciseId, string Pattern, IReadOnlyList<PrescribedSet> Sets, ExerciseGroup? Group = null);

/// <summary>
/// Exercises of a session done together, next to each other in its order: their sets alternate, one round after another
/// (A1 B1 A2 B2 …), and each member's rest is the rest after its set, so a superset's first member rests 0 s.
/// </summary>
/// <param name="Number">1-based among the session's groups.</param>
/// <param name="IntervalSeconds">EMOM and intervals: a set starts every so many seconds.</param>
public sealed record ExerciseGroup(int Number, GroupKind Kind, int? IntervalSeconds = null);

public enum GroupKind
{
    /// <summary>Two exercises, often antagonists (a push and a pull), alternated with no rest between them.</summary>
    Superset,

    /// <summary>Several exercises in a row, a short change between them and the rest after each round.</summary>
    Circuit,

    /// <summary>Every minute on the minute (or another interval): a set starts each interval, the rest of it is rest.</summary>
    Emom,
}

/// <summary>One set as prescribed: reps or a hold in seconds, the rest after it and the effort to aim for (RPE 1-10).</summary>
public sealed record PrescribedSet(int? Reps, int? HoldSeconds, int RestSeconds, int TargetRpe, string? Tempo);

/// <summary>Today's session in the user's zone, or the next one to do (<paramref name="IsToday"/> false); null session when none is left.</summary>
public sealed record TodaySessionInfo(DateOnly Today, bool IsToday, PlannedSessionInfo? Session);

public sealed record PlannedSessionInfo(
    Guid SessionId,
    int Week,
    DateOnly Date,
    string Name,
    bool Deload,
    IReadOnlyList<PlannedExerciseInfo> Exercises,
    IReadOnlyList<SessionAdjustmentInfo> Adjustments);

public sealed record PlannedExerciseInfo(
    Guid ExerciseId, string Slug, string Name, string Pattern, IReadOnlyList<PrescribedSet> Sets, ExerciseGroup? Group = null);

/// <summary>A change autoregulation made to a session, with the reason the user sees.</summary>
public sealed record SessionAdjustmentInfo(string Kind, string? Pattern, string Reason);

/// <summary>Where the user is in their active plan today.</summary>
/// <param name="Week">1-based week of the plan containing today (clamped to the plan).</param>
/// <param name="BlockFocus">The block's focus, e.g. "foundation", "strength", "skill".</param>
/// <param name="Deload">The week is a deload week (by the plan, or brought forward by a check-in).</param>
/// <param name="DeloadReason">Why it is a deload week, in words.</param>
public sealed record PlanWeekInfo(
    Guid PlanId,
    DateOnly StartDate,
    DateOnly EndDate,
    int Week,
    int TotalWeeks,
    int Block,
    string BlockFocus,
    int WeekInBlock,
    bool Deload,
    string? DeloadReason,
    int? NextDeloadWeek,
    IReadOnlyList<string> TargetSkills);
