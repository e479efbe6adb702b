using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.Contracts;

namespace CaliFlow.Modules.Progress.Domain;

/// <summary>
/// Where a workout log stands in a user's history: by its local date, then by when it was recorded (an offline log uploaded
/// late is dated back but recorded last), then by id so that two logs never stand level.
/// </summary>
internal readonly record struct LogPosition(DateOnly Date, DateTimeOffset RecordedAt, Guid LogId) : IComparable<LogPosition>
{
    public int CompareTo(LogPosition other) =>
        Date != other.Date ? Date.CompareTo(other.Date)
        : RecordedAt != other.RecordedAt ? RecordedAt.CompareTo(other.RecordedAt)
        : LogId.CompareTo(other.LogId);

    public static bool operator <(LogPosition left, LogPosition right) => left.CompareTo(right) < 0;

    public static bool operator >(LogPosition left, LogPosition right) => left.CompareTo(right) > 0;

    public static bool operator <=(LogPosition left, LogPosition right) => left.CompareTo(right) <= 0;

    public static bool operator >=(LogPosition left, LogPosition right) => left.CompareTo(right) >= 0;
}

/// <summary>
/// A workout's sets of one exercise. <paramref name="SessionId"/> is the planned session it was done against, if any;
/// <paramref name="Prescribed"/> what that session prescribed for the exercise, where it was looked up (only the logs the
/// failure rule reads are).
/// </summary>
internal sealed record ExerciseHistory(
    LogPosition At,
    IReadOnlyList<PerformedSet> Sets,
    Guid? SessionId = null,
    IReadOnlyList<PrescribedSet>? Prescribed = null)
{
    public DateOnly Date => At.Date;

    public bool ClearlyFailed => Prescribed is not null && AutoProgression.ClearlyFailed(Prescribed, Sets);
}

/// <summary>The last variation change of a pattern and the position of the log whose evaluation made it.</summary>
internal sealed record PatternChange(LogPosition At, Guid FromExerciseId, Guid ToExerciseId, VariationChange Change);

/// <summary>What auto-progression decided for one logged exercise: the exercise that takes over, and why.</summary>
internal sealed record ProgressionDecision(VariationChange Change, ExerciseInfo To, string Reason);

/// <summary>
/// The rules that move a user along the progression graph, pure: an unlock rule is met when enough sessions within its window
/// each had enough sets at the target count and an acceptable effort; a session clearly failed when well under its
/// prescription. Only sessions after the pattern's last change count (a change, either way, starts the evidence again), and
/// a pattern moves only to exercises of its own pattern that the user's equipment allows.
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

    /// <summary>
    /// How many sessions within the rule's window, ending on <paramref name="latest"/>, meet it; with <paramref name="since"/>,
    /// only sessions after that position (the pattern's last change) count.
    /// </summary>
    public static int QualifyingSessions(UnlockRule rule, IEnumerable<ExerciseHistory> history, DateOnly latest, LogPosition? since = null) =>
        history.Count(h => After(h.At, since) && h.Date <= latest && h.Date > latest.AddDays(-rule.WithinDays) && SessionMeets(rule, h.Sets));

    public static bool Unlocked(UnlockRule rule, IEnumerable<ExerciseHistory> history, DateOnly latest, LogPosition? since = null) =>
        QualifyingSessions(rule, history, latest, since) >= rule.Sessions;

    /// <summary>Done well under what was prescribed: less than 60 % of the prescribed reps or seconds.</summary>
    public static bool ClearlyFailed(IReadOnlyList<PrescribedSet> prescribed, IReadOnlyList<PerformedSet> done)
    {
        var target = prescribed.Sum(s => s.Reps ?? s.HoldSeconds ?? 0);
        var work = done.Sum(s => s.Reps ?? s.HoldSeconds ?? 0);
        return target > 0 && work < target * FailedBelow;
    }

    /// <summary>
    /// The harder steps auto-progression may take from <paramref name="from"/>: its direct edges to live exercises of the same
    /// pattern (an edge into another pattern is for the library browser) that one of their setups allows with
    /// <paramref name="equipment"/>; nearest (easiest) first.
    /// </summary>
    public static IEnumerable<(ProgressionInfo Edge, ExerciseInfo To)> HarderSteps(
        ExerciseLibrary library, ExerciseInfo from, IReadOnlyCollection<Equipment> equipment) =>
        library.Progressions
            .Where(p => p.FromId == from.Id)
            .Select(p => (Edge: p, To: library.Exercises.FirstOrDefault(e => e.Id == p.ToId)))
            .Where(x => x.To is not null && x.To.Pattern == from.Pattern && x.To.DoableWith(equipment))
            .Select(x => (x.Edge, To: x.To!))
            .OrderBy(x => x.To.Difficulty).ThenBy(x => x.To.Slug, StringComparer.Ordinal);

    /// <summary>The nearest (hardest) easier step of the same pattern that the equipment allows; null when there is none.</summary>
    public static ExerciseInfo? EasierStep(ExerciseLibrary library, ExerciseInfo to, IReadOnlyCollection<Equipment> equipment) =>
        library.Progressions
            .Where(p => p.ToId == to.Id)
            .Select(p => library.Exercises.FirstOrDefault(e => e.Id == p.FromId))
            .OfType<ExerciseInfo>()
            .Where(e => e.Pattern == to.Pattern && e.DoableWith(equipment))
            .OrderByDescending(e => e.Difficulty).ThenBy(e => e.Slug, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>
    /// The planned session before <paramref name="current"/> that the failure rule compares it with: the latest earlier log of
    /// the exercise done against a planned session, after the pattern's last change; null when there is none.
    /// </summary>
    public static ExerciseHistory? PreviousPlanned(ExerciseHistory current, IEnumerable<ExerciseHistory> earlier, PatternChange? lastChange) =>
        earlier.Where(h => h.SessionId is not null && h.At < current.At && After(h.At, lastChange?.At))
            .OrderByDescending(h => h.At)
            .FirstOrDefault();

    /// <summary>
    /// Auto-progression for one logged exercise. Nothing moves on a log from before the pattern's last change. Otherwise the
    /// first harder step (see <see cref="HarderSteps"/>) whose unlock rule the sessions since that change meet takes over; else,
    /// when this session and the previous planned one (both since the change) clearly failed, the nearest doable easier step.
    /// A pattern that last moved up from this exercise does not move up from it again (the user has left it: that would repeat
    /// the step or move sideways), and likewise down.
    /// </summary>
    /// <param name="earlier">The exercise's other logs (dated up to <paramref name="current"/>'s date), where the failure rule's
    /// previous planned log carries its prescription.</param>
    public static ProgressionDecision? Decide(
        ExerciseInfo exercise,
        ExerciseLibrary library,
        IReadOnlyCollection<Equipment> equipment,
        ExerciseHistory current,
        IReadOnlyList<ExerciseHistory> earlier,
        PatternChange? lastChange)
    {
        if (!After(current.At, lastChange?.At))
        {
            return null;
        }

        var evidence = earlier.Append(current).ToList();
        foreach (var (edge, to) in Repeats(lastChange, exercise, VariationChange.Advanced) ? [] : HarderSteps(library, exercise, equipment))
        {
            if (Unlocked(edge.Rule, evidence, current.Date, lastChange?.At))
            {
                var rule = edge.Rule;
                var target = rule.Reps is { } reps ? $"{reps} reps" : $"{rule.HoldSeconds} s";
                return new ProgressionDecision(VariationChange.Advanced, to,
                    $"{rule.Sets} sets of {target} at RPE {rule.MaxRpe} or less in {rule.Sessions} sessions within {rule.WithinDays} days.");
            }
        }

        if (!Repeats(lastChange, exercise, VariationChange.Regressed) && current.ClearlyFailed &&
            PreviousPlanned(current, earlier, lastChange) is { ClearlyFailed: true } && EasierStep(library, exercise, equipment) is { } easier)
        {
            return new ProgressionDecision(VariationChange.Regressed, easier,
                $"Two sessions in a row under {FailedBelow:P0} of the prescribed work.");
        }

        return null;
    }

    private static bool After(LogPosition at, LogPosition? since) => since is not { } s || at > s;

    private static bool Repeats(PatternChange? last, ExerciseInfo from, VariationChange change) =>
        last is not null && last.FromExerciseId == from.Id && last.Change == change;
}
