using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Domain;

namespace CaliFlow.Modules.Progress.HealthPlatforms;

/// <summary>One set of a log with the time it took.</summary>
/// <param name="SetIndex">The set's number within its exercise, from 0.</param>
internal sealed record PlacedSet(
    ExerciseInfo? Exercise, Guid ExerciseId, string Pattern, int SetIndex, PerformedSet Performed, DateTimeOffset Start, DateTimeOffset End);

/// <summary>A log placed in time for a health platform: the session's interval, the user's offset then, and every set.</summary>
internal sealed record PlacedWorkout(
    WorkoutLog Log, string TimeZone, TimeSpan Offset, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<PlacedSet> Sets)
{
    /// <summary>What a set is assumed to take when only its reps are known: a controlled rep is about three seconds.</summary>
    private static readonly TimeSpan PerRep = TimeSpan.FromSeconds(3);

    private static readonly TimeSpan Shortest = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Each set ends when the live workout recorded it (a log made from one), or else at the end of an equal share of the session,
    /// in logged order; it starts its hold's seconds, or three seconds a rep, before, never before the previous set ended.
    /// Health platforms need segments inside the session and apart from each other: a set that could not fit before the
    /// session's end (sets recorded in the same second) widens it by the seconds it needs.
    /// </summary>
    public static PlacedWorkout Place(
        WorkoutLog log, (DateTimeOffset Start, DateTimeOffset End) interval, string timeZone, TimeSpan offset,
        ExerciseLibrary library, IReadOnlyList<DateTimeOffset>? recordedEnds)
    {
        var sets = log.Exercises.OrderBy(e => e.Order)
            .SelectMany(e => e.Sets.Select((set, index) => (Exercise: e, Index: index, Set: set)))
            .ToList();
        var slot = sets.Count == 0 ? TimeSpan.Zero : (interval.End - interval.Start) / sets.Count;
        // A phone's clock is not the server's: a recorded time outside the session is taken as its nearest edge.
        var ends = recordedEnds?.Count == sets.Count
            ? [.. recordedEnds.Select(end => Min(Max(end, interval.Start), interval.End))]
            : sets.Select((_, i) => interval.Start + (slot * (i + 1))).ToList();

        var placed = new List<PlacedSet>();
        var previousEnd = interval.Start;
        foreach (var (set, end) in sets.Zip(ends).OrderBy(s => s.Second))
        {
            var work = set.Set.HoldSeconds is { } hold ? TimeSpan.FromSeconds(hold) : PerRep * (set.Set.Reps ?? 0);
            var start = Max(Max(end - Max(work, Shortest), previousEnd), interval.Start);
            var setEnd = end > start ? end : start + TimeSpan.FromSeconds(1);
            placed.Add(new PlacedSet(
                library.Exercises.FirstOrDefault(x => x.Id == set.Exercise.ExerciseId), set.Exercise.ExerciseId, set.Exercise.Pattern,
                set.Index, set.Set, start, setEnd));
            previousEnd = setEnd;
        }

        return new PlacedWorkout(log, timeZone, offset, interval.Start, Max(interval.End, previousEnd), placed);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
