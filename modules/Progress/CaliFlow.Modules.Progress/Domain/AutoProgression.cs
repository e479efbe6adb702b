using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;

namespace CaliFlow.Modules.Progress.Domain;

/// <summary>An earlier workout's sets of one exercise, by the user's local date.</summary>
internal sealed record ExerciseHistory(Guid WorkoutLogId, DateOnly Date, IReadOnlyList<PerformedSet> Sets);

/// <summary>
/// The rules that move a user along the progression graph, pure: an unlock rule is met when enough sessions within its window
/// each had enough sets at the target count and an acceptable effort; a session clearly failed when well under its
/// prescription.
/// </summary>
internal static class AutoProgression
{
    /// <summary>Share of the prescribed work under which a session counts as clearly failed.</summary>
    public const decimal FailedBelow = 0.6m;

    /// <summary>Consecutive clearly failed sessions that send the user back a step.</summary>
    public const int FailuresToRegress = 2;

    /// <summary>
    /// Whether one session's sets meet the rule: at least <c>Sets</c> sets reaching the reps (or seconds) at an RPE no higher
    /// than <c>MaxRpe</c>. A set logged without an RPE counts on its numbers alone.
    /// </summary>
    public static bool SessionMeets(UnlockRule rule, IEnumerable<PerformedSet> sets) =>
        sets.Count(s =>
            (rule.Reps is { } reps ? s.Reps >= reps : s.HoldSeconds >= rule.HoldSeconds) &&
            (s.Rpe is null || s.Rpe <= rule.MaxRpe)) >= rule.Sets;

    /// <summary>How many sessions within the rule's window, ending on <paramref name="latest"/>, meet it.</summary>
    public static int QualifyingSessions(UnlockRule rule, IEnumerable<ExerciseHistory> history, DateOnly latest) =>
        history.Count(h => h.Date <= latest && h.Date > latest.AddDays(-rule.WithinDays) && SessionMeets(rule, h.Sets));

    public static bool Unlocked(UnlockRule rule, IEnumerable<ExerciseHistory> history, DateOnly latest) =>
        QualifyingSessions(rule, history, latest) >= rule.Sessions;

    /// <summary>Done well under what was prescribed: less than 60 % of the prescribed reps or seconds.</summary>
    public static bool ClearlyFailed(IReadOnlyList<PrescribedSet> prescribed, IReadOnlyList<PerformedSet> done)
    {
        var target = prescribed.Sum(s => s.Reps ?? s.HoldSeconds ?? 0);
        var work = done.Sum(s => s.Reps ?? s.HoldSeconds ?? 0);
        return target > 0 && work < target * FailedBelow;
    }
}
