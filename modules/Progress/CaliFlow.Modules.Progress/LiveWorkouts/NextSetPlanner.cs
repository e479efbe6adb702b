using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.WorkoutLogs;
using UUIDNext.Tools;

namespace CaliFlow.Modules.Progress.LiveWorkouts;

internal enum NextSetStatus
{
    /// <summary>A prescribed set is still ahead.</summary>
    Next,

    /// <summary>Every prescribed set is done (extra sets may still be recorded).</summary>
    Done,

    /// <summary>A workout without a planned session: nothing is prescribed.</summary>
    Unplanned,
}

/// <summary>A set recorded in a live workout and when it was done.</summary>
internal sealed record DoneSet(Guid Id, Guid ExerciseId, PerformedSet Performed, DateTimeOffset DoneAt)
{
    /// <summary>
    /// When the set was done: the time its UUIDv7 id was made on the device, unless that is later than its arrival (a clock
    /// ahead); an offline set made an hour ago is an hour old.
    /// </summary>
    public static DoneSet From(LiveSet set)
    {
        var made = UuidDecoder.TryDecodeTimestamp(set.Id, out var at) ? new DateTimeOffset(at, TimeSpan.Zero) : set.CreatedAt;
        return new DoneSet(set.Id, set.ExerciseId, set.Performed, made < set.CreatedAt ? made : set.CreatedAt);
    }
}

/// <param name="ExerciseId">The exercise to do: the prescribed one, or its replacement when swapped.</param>
/// <param name="PrescribedExerciseId">The session's exercise this set stands for.</param>
/// <param name="SetNumber">1-based among the exercise's prescribed sets.</param>
/// <param name="LastSet">The exercise's last set in this workout, for the load or assistance to start from.</param>
/// <param name="Group">The group the exercise is done in (its neighbours alternate with it); null for straight sets.</param>
internal sealed record UpcomingSet(
    Guid ExerciseId, Guid PrescribedExerciseId, int SetNumber, int Sets, PrescribedSet Target, PerformedSet? LastSet, ExerciseGroup? Group);

/// <param name="Extended">The set just done fell short of its target, so the rest is longer than prescribed.</param>
internal sealed record Rest(int Seconds, DateTimeOffset StartedAt, DateTimeOffset EndsAt, bool Extended);

internal sealed record NextSetPlan(NextSetStatus Status, UpcomingSet? Next, Rest? Rest, int SetsDone, int SetsPlanned);

/// <summary>
/// The next prescribed set of a live workout and the rest before it, from the session's prescription, the changes made to it and
/// the sets done so far. Exercises come in the session's order, set after set, except that a group's members (a superset, a
/// circuit) alternate round by round; a skipped exercise is left out and a swapped one is done as its replacement. The rest is the prescribed rest after the set just done, half as long
/// again when that set fell short of its target, and it ends at a time rather than counting down, so every device shows the
/// same timer.
/// </summary>
internal static class NextSetPlanner
{
    /// <summary>How much longer the rest after a set short of its target is.</summary>
    public const decimal MissedSetRestFactor = 1.5m;

    public static NextSetPlan Plan(SessionPrescription? prescription, IReadOnlyList<SessionChange> changes, IReadOnlyList<DoneSet> sets)
    {
        var done = sets.OrderBy(s => s.Id).ToList();
        if (prescription is null)
        {
            return new NextSetPlan(NextSetStatus.Unplanned, null, null, 0, 0);
        }

        // The prescribed exercises done today, each as itself or its replacement, and the sets of that exercise it takes, in the
        // order they were done, up to its count.
        var slots = prescription.Exercises.OrderBy(e => e.Order)
            .Select(e => (Prescribed: e, DoneAs: SessionChanges.DoneAs(changes, e.ExerciseId)))
            .Where(s => s.DoneAs is not null)
            .Select(s => new Slot(s.Prescribed, s.DoneAs!.Value))
            .ToList();
        var unassigned = done.ToList();
        var assigned = new Dictionary<Guid, PrescribedSet>();
        foreach (var slot in slots)
        {
            foreach (var set in unassigned.Where(s => s.ExerciseId == slot.DoneAs).Take(slot.Prescribed.Sets.Count).ToList())
            {
                assigned[set.Id] = slot.Prescribed.Sets[slot.Sets.Count];
                slot.Sets.Add(set.Id);
                unassigned.Remove(set);
            }
        }

        // Neighbours of one group (a superset, a circuit) alternate round by round: the next set is the first block's member
        // with the fewest sets done; a straight exercise is a block of one.
        var next = slots
            .ChunkBy(s => s.Prescribed.Group?.Number)
            .Select(block => block.Where(s => s.Done < s.Prescribed.Sets.Count).MinBy(s => s.Done))
            .FirstOrDefault(s => s is not null);
        var planned = slots.Sum(s => s.Prescribed.Sets.Count);
        if (next is null)
        {
            return new NextSetPlan(NextSetStatus.Done, null, null, assigned.Count, planned);
        }

        var upcoming = new UpcomingSet(
            next.DoneAs, next.Prescribed.ExerciseId, next.Done + 1, next.Prescribed.Sets.Count, next.Prescribed.Sets[next.Done],
            done.LastOrDefault(s => s.ExerciseId == next.DoneAs)?.Performed, next.Prescribed.Group);
        var rest = done.Count == 0 ? null : RestAfter(done[^1], assigned.GetValueOrDefault(done[^1].Id), upcoming);
        // A group member goes straight on only to a later member of its round. When none follows (a partner skipped, or
        // with fewer sets), the round ends here and takes the round's rest: its last member's.
        var last = done.Count == 0 ? null : slots.FirstOrDefault(s => s.Sets.Contains(done[^1].Id));
        if (rest is { Seconds: 0 } && last?.Prescribed.Group is { } group &&
            (next == last || next.Prescribed.Group?.Number != group.Number || next.Prescribed.Order < last.Prescribed.Order))
        {
            var roundRest = prescription.Exercises.Where(e => e.Group?.Number == group.Number).Max(e => e.Sets.Max(set => set.RestSeconds));
            rest = RestAfter(done[^1], assigned[done[^1].Id] with { RestSeconds = roundRest }, upcoming);
        }

        return new NextSetPlan(NextSetStatus.Next, upcoming, rest, assigned.Count, planned);
    }

    /// <summary>A prescribed exercise as done today and the sets done of it.</summary>
    private sealed class Slot(PrescribedExercise prescribed, Guid doneAs)
    {
        public PrescribedExercise Prescribed => prescribed;

        public Guid DoneAs => doneAs;

        public List<Guid> Sets { get; } = [];

        public int Done => Sets.Count;
    }

    /// <summary>Runs of neighbours with the same key; a null key stands alone.</summary>
    private static IEnumerable<List<T>> ChunkBy<T>(this IEnumerable<T> items, Func<T, int?> key)
    {
        List<T>? run = null;
        int? runKey = null;
        foreach (var item in items)
        {
            var itemKey = key(item);
            if (run is not null && (itemKey is null || itemKey != runKey))
            {
                yield return run;
                run = null;
            }

            run ??= [];
            run.Add(item);
            runKey = itemKey;
        }

        if (run is not null)
        {
            yield return run;
        }
    }

    /// <summary>The rest after the last set done: its prescribed rest (the next set's when it was not prescribed), longer after a miss.</summary>
    private static Rest RestAfter(DoneSet last, PrescribedSet? prescribed, UpcomingSet next)
    {
        var seconds = prescribed?.RestSeconds ?? next.Target.RestSeconds;
        // A superset's first member has no rest to lengthen: its partner follows at once, missed or not.
        var missed = seconds > 0 && prescribed is not null && Missed(last.Performed, prescribed);
        if (missed)
        {
            // Rounded up to whole quarter minutes, as rests are prescribed.
            seconds = (int)Math.Ceiling(seconds * MissedSetRestFactor / 15m) * 15;
        }

        return new Rest(seconds, last.DoneAt, last.DoneAt.AddSeconds(seconds), missed);
    }

    private static bool Missed(PerformedSet performed, PrescribedSet target) =>
        performed.Reps < target.Reps || performed.HoldSeconds < target.HoldSeconds;
}
