using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Programming.Planning;

namespace CaliFlow.Modules.Programming.Domain;

internal enum SessionStatus
{
    Planned,
    Completed,
    Skipped,
}

/// <summary>One prescribed training session on a local date.</summary>
internal sealed class WorkoutSession : IHasTimestamps
{
    private WorkoutSession()
    {
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    /// <summary>Copied from the plan so ownership checks and "today" lookups need no join.</summary>
    public Guid UserId { get; private set; }

    public int Week { get; private set; }

    public DateOnly ScheduledDate { get; private set; }

    /// <summary>Where the generator put it, when it has been moved since.</summary>
    public DateOnly? OriginalDate { get; private set; }

    public string Name { get; private set; } = "";

    public bool Deload { get; private set; }

    public SessionStatus Status { get; private set; }

    public string? SkipReason { get; private set; }

    public DateTimeOffset? SkippedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>The workout log (Progress) that completed it.</summary>
    public Guid? WorkoutLogId { get; private set; }

    /// <summary>The warm-up movements done before the first exercise (JSONB).</summary>
    public List<WarmUpItem> WarmUp { get; private set; } = [];

    /// <summary>Warm-up, working sets and rests, in minutes, as planned.</summary>
    public int EstimatedMinutes { get; private set; }

    public List<SessionExercise> Exercises { get; private set; } = [];

    /// <summary>Changes autoregulation made after a check-in, each with its reason (JSONB); also what makes applying one idempotent.</summary>
    public List<SessionAdjustment> Adjustments { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool HasAdjustment(string key) => Adjustments.Any(a => a.Key == key);

    /// <summary>Records an adjustment applied to this session (the caller changed the exercises).</summary>
    public void Adjusted(SessionAdjustment adjustment) => Adjustments = [.. Adjustments, adjustment];

    /// <summary>Brings a deload forward: a deload week's sets and effort, whatever the plan had.</summary>
    public void DeloadNow()
    {
        Deload = true;
        Exercises.ForEach(e => e.Deload());
    }

    public static WorkoutSession From(WorkoutPlan plan, PlannedSession planned)
    {
        var session = new WorkoutSession
        {
            Id = Guid.CreateVersion7(),
            PlanId = plan.Id,
            UserId = plan.UserId,
            Week = planned.Week,
            ScheduledDate = planned.Date,
            Name = planned.Name,
            Deload = planned.Deload,
            Status = SessionStatus.Planned,
            WarmUp = [.. planned.WarmUp],
            EstimatedMinutes = planned.EstimatedMinutes,
        };
        session.Exercises = [.. planned.Exercises.Select(e => SessionExercise.From(session.Id, e))];
        return session;
    }

    public void Skip(string? reason, DateTimeOffset now)
    {
        Status = SessionStatus.Skipped;
        SkipReason = reason;
        SkippedAt = now;
    }

    /// <summary>
    /// Marks the session done by a logged workout. A skipped session that was done after all counts as done; a completed one
    /// stays with the first log.
    /// </summary>
    public bool Complete(Guid workoutLogId, DateTimeOffset now)
    {
        if (Status == SessionStatus.Completed)
        {
            return false;
        }

        Status = SessionStatus.Completed;
        CompletedAt = now;
        WorkoutLogId = workoutLogId;
        return true;
    }

    public void MoveTo(DateOnly date)
    {
        OriginalDate ??= ScheduledDate;
        ScheduledDate = date;
    }
}

/// <summary>One exercise of a session, in order, with its sets (JSONB).</summary>
internal sealed class SessionExercise : IHasTimestamps
{
    private SessionExercise()
    {
    }

    public Guid Id { get; private set; }

    public Guid SessionId { get; private set; }

    public int Order { get; private set; }

    /// <summary>Refers to the Exercises module by id; slug and name are copied so a session reads without it.</summary>
    public Guid ExerciseId { get; private set; }

    public string ExerciseSlug { get; private set; } = "";

    public string ExerciseName { get; private set; } = "";

    public string Pattern { get; private set; } = "";

    public List<PrescribedSet> Sets { get; private set; } = [];

    public string? Notes { get; private set; }

    /// <summary>The exercise the plan had here before a swap.</summary>
    public Guid? SwappedFromExerciseId { get; private set; }

    /// <summary>The exercises done together with this one; null for straight sets.</summary>
    public ExerciseGroup? Group { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static SessionExercise From(Guid sessionId, PlannedExercise planned) => new()
    {
        Id = Guid.CreateVersion7(),
        SessionId = sessionId,
        Order = planned.Order,
        ExerciseId = planned.Exercise.Id,
        ExerciseSlug = planned.Exercise.Slug,
        ExerciseName = planned.Exercise.Name,
        Pattern = planned.Exercise.Pattern,
        Sets = [.. planned.Sets],
        Notes = planned.Notes,
        Group = planned.Group,
    };

    /// <summary>One set fewer (never below two) and one point less effort (never below RPE 5): a lighter week.</summary>
    public void ReduceVolume()
    {
        var kept = Sets.Count > 2 ? Sets.Take(Sets.Count - 1) : Sets;
        Sets = [.. kept.Select(s => s with { TargetRpe = Math.Max(5, s.TargetRpe - 1) })];
    }

    /// <summary>The deload week's prescription: at most two sets at RPE 6 or less.</summary>
    public void Deload() =>
        Sets = [.. Sets.Take(Planning.Blocks.DeloadSets).Select(s => s with { TargetRpe = Math.Min(s.TargetRpe, Planning.Blocks.DeloadRpe) })];

    /// <summary>Next week's step now: one more rep per set, or five more seconds per hold, at the same effort.</summary>
    public void ProgressSooner() =>
        Sets = [.. Sets.Select(s => s.HoldSeconds is { } hold ? s with { HoldSeconds = hold + 5 } : s with { Reps = (s.Reps ?? 0) + 1 })];

    /// <summary>Puts the next (or previous) step of the progression here with its own prescription.</summary>
    public void ProgressTo(Exercises.Contracts.ExerciseInfo step, IReadOnlyList<PrescribedSet> sets, string? notes)
    {
        SwappedFromExerciseId ??= ExerciseId;
        Sets = [.. sets];
        Notes = notes;
        ExerciseId = step.Id;
        ExerciseSlug = step.Slug;
        ExerciseName = step.Name;
        Pattern = step.Pattern;
    }

    /// <summary>
    /// Puts another exercise in this place. Counts carry over when the unit is the same; a reps prescription becomes a hold of
    /// three seconds per rep and back, so the effort stays in the same range.
    /// </summary>
    public void SwapTo(Exercises.Contracts.ExerciseInfo replacement, bool fromIsHold)
    {
        SwappedFromExerciseId ??= ExerciseId;
        var toHold = replacement.Unit == Exercises.Contracts.ExerciseUnit.HoldSeconds;
        Sets = [.. Sets.Select(s => (fromIsHold, toHold) switch
        {
            (false, true) => s with { Reps = null, HoldSeconds = Math.Max(5, (s.Reps ?? 0) * 3), Tempo = null },
            (true, false) => s with { HoldSeconds = null, Reps = Math.Max(3, (s.HoldSeconds ?? 0) / 3) },
            _ => s,
        })];
        ExerciseId = replacement.Id;
        ExerciseSlug = replacement.Slug;
        ExerciseName = replacement.Name;
        Pattern = replacement.Pattern;
    }
}

/// <summary>An autoregulation change applied to a session: which (the check-in's key), what and why.</summary>
internal sealed record SessionAdjustment(string Key, string Kind, string? Pattern, string Reason, DateTimeOffset AppliedAt);
