using System.Globalization;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Domain;

namespace CaliFlow.Modules.Programming.Assessments;

/// <summary>
/// Where a tested max places a movement pattern on the progression graph (pure). The working variation is the hardest one
/// the max supports working sets on (the Recommended Routine: "start with the progression you can do for 3×5 with good
/// form") while still short of its unlock rule:
/// <list type="bullet">
/// <item>under <see cref="MinWorkingReps"/> reps (<see cref="MinWorkingSeconds"/> s for a hold) is too few for working sets:
/// one easier step of the same pattern;</item>
/// <item>a max of at least <see cref="PastFactor"/>× the reps (seconds) that unlock a harder step of the same pattern, and
/// at least 1.5× the working minimum, means the unlock rule (3 sets of them at RPE 8: the first set leaves about a third of
/// the max in reserve) is already within reach: the user is past the exercise and steps up. The max expected on the harder
/// step is the working minimum there when just past, scaled by how far past (so at most two thirds of the max, in the same
/// unit); stepping repeats from that estimate. The hardest exercise reached is the placement;</item>
/// <item>otherwise the tested exercise itself.</item>
/// </list>
/// Only steps the user's equipment allows count, and only strength and eccentric exercises (no jumps, skills or stretches).
/// </summary>
internal static class AssessmentPlacement
{
    public const decimal PastFactor = 1.5m;
    public const int MinWorkingReps = 5;
    public const int MinWorkingSeconds = 10;

    /// <summary>The fewest reps (or seconds) that make working sets on an exercise counted in <paramref name="unit"/>.</summary>
    public static int MinWorking(ExerciseUnit unit) => unit == ExerciseUnit.HoldSeconds ? MinWorkingSeconds : MinWorkingReps;

    /// <param name="max">The best set on <paramref name="tested"/>, in its unit (reps or seconds, per side where it is one-sided).</param>
    public static Placement Place(ExerciseLibrary library, IReadOnlyCollection<Equipment> equipment, ExerciseInfo tested, int max)
    {
        var graph = new Graph(library, equipment, tested.Pattern);
        if (max < MinWorking(tested.Unit))
        {
            var easier = graph.Easier(tested);
            return easier is null
                ? new Placement(tested.Id, PlacementReason.NoEasierStep, max, Invariant(
                    $"{Amount(max, tested.Unit)} of {tested.Name} is under {Amount(MinWorking(tested.Unit), tested.Unit)}, too few for working sets, and no easier {tested.Pattern} step fits your equipment: start on it with short sets."))
                : new Placement(easier.Id, PlacementReason.SteppedDown, null, Invariant(
                    $"{Amount(max, tested.Unit)} of {tested.Name} is under {Amount(MinWorking(tested.Unit), tested.Unit)}, too few for working sets: start one step easier, on {easier.Name}."));
        }

        var reached = graph.Reach(tested, max);
        var best = reached.Values
            .Where(r => r.Exercise.Id != tested.Id)
            .OrderByDescending(r => r.Exercise.Difficulty).ThenByDescending(r => r.Estimate).ThenBy(r => r.Exercise.Slug, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best is null)
        {
            var next = graph.Harder(tested).MinBy(s => (s.Needed, s.Exercise.Slug));
            return new Placement(tested.Id, PlacementReason.Tested, max, next is null
                ? Invariant($"{Amount(max, tested.Unit)} of {tested.Name} is enough for working sets, and no harder {tested.Pattern} step fits your equipment: work on it.")
                : Invariant($"{Amount(max, tested.Unit)} of {tested.Name} is enough for working sets and short of the {Amount(next.Needed, tested.Unit)} that would put you past it ({Why(next, tested.Unit)}): work on it."));
        }

        var path = new List<string>();
        var first = best;
        for (var step = best; step.Previous is not null; step = step.Previous)
        {
            path.Insert(0, step.Exercise.Name);
            first = step;
        }

        return new Placement(best.Exercise.Id, PlacementReason.SteppedUp, best.Estimate, Invariant(
            $"{Amount(max, tested.Unit)} of {tested.Name} is at least the {Amount(first.Step!.Needed, tested.Unit)} that put you past it ({Why(first.Step, tested.Unit)}). Placed on {best.Exercise.Name} ({tested.Name} → {string.Join(" → ", path)}), expecting about {Amount(best.Estimate, best.Exercise.Unit)} there."));
    }

    private static string Why(Step step, ExerciseUnit unit) => step.Threshold >= MinWorking(unit)
        ? Invariant($"{PastFactor}× the {Amount(step.Threshold, unit)} that unlock {step.Exercise.Name}")
        : Invariant($"{PastFactor}× the {Amount(MinWorking(unit), unit)} of working sets; {Amount(step.Threshold, unit)} unlock {step.Exercise.Name}");

    private static string Amount(int amount, ExerciseUnit unit) =>
        unit == ExerciseUnit.HoldSeconds ? Invariant($"{amount} s") : Invariant($"{amount} {(amount == 1 ? "rep" : "reps")}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>An exercise reached from the tested one: the max expected there, and the exercise and step it was reached by.</summary>
    private sealed record Reached(ExerciseInfo Exercise, int Estimate, Reached? Previous, Step? Step);

    /// <param name="Threshold">The reps (seconds) of the easier exercise that unlock <paramref name="Exercise"/>.</param>
    /// <param name="Needed">The max on the easier exercise that puts the user past it: 1.5× the threshold or the working minimum, whichever is more.</param>
    private sealed record Step(ExerciseInfo Exercise, int Threshold, int Needed);

    /// <summary>The pattern's exercises the user can do and train for strength, with the graph's edges between them.</summary>
    private sealed class Graph
    {
        private readonly Dictionary<Guid, ExerciseInfo> _usable;
        private readonly ILookup<Guid, ProgressionInfo> _harder;
        private readonly ILookup<Guid, ProgressionInfo> _easier;

        public Graph(ExerciseLibrary library, IReadOnlyCollection<Equipment> equipment, string pattern)
        {
            _usable = library.Exercises
                .Where(e => !e.Retired && e.Pattern == pattern && (e.Kind is ExerciseKind.Strength or ExerciseKind.Eccentric) && e.DoableWith(equipment))
                .ToDictionary(e => e.Id);
            _harder = library.Progressions.ToLookup(p => p.FromId);
            _easier = library.Progressions.ToLookup(p => p.ToId);
        }

        /// <summary>The closest easier step: the hardest of the direct easier neighbours, one in the same unit first.</summary>
        public ExerciseInfo? Easier(ExerciseInfo exercise) =>
            _easier[exercise.Id]
                .Select(p => _usable.GetValueOrDefault(p.FromId))
                .OfType<ExerciseInfo>()
                .OrderByDescending(e => e.Difficulty).ThenBy(e => e.Unit == exercise.Unit ? 0 : 1).ThenBy(e => e.Slug, StringComparer.Ordinal)
                .FirstOrDefault();

        /// <summary>The direct harder steps with the reps (or seconds, for a hold) of <paramref name="exercise"/> that unlock them.</summary>
        public IEnumerable<Step> Harder(ExerciseInfo exercise) =>
            from p in _harder[exercise.Id]
            let to = _usable.GetValueOrDefault(p.ToId)
            let threshold = exercise.Unit == ExerciseUnit.HoldSeconds ? p.Rule.HoldSeconds : p.Rule.Reps
            where to is not null && threshold > 0
            select new Step(to, threshold!.Value, (int)Math.Ceiling(PastFactor * Math.Max(threshold!.Value, MinWorking(exercise.Unit))));

        /// <summary>Every step reached from <paramref name="tested"/> while the (estimated) max is past the step before, each with its best estimate.</summary>
        public Dictionary<Guid, Reached> Reach(ExerciseInfo tested, int max)
        {
            var reached = new Dictionary<Guid, Reached> { [tested.Id] = new(tested, max, null, null) };
            var queue = new Queue<Reached>([reached[tested.Id]]);
            while (queue.TryDequeue(out var from))
            {
                foreach (var step in Harder(from.Exercise).Where(s => from.Estimate >= s.Needed))
                {
                    // Just past (a max of Needed) means the working minimum on the harder step; more scales up from there.
                    var estimate = MinWorking(step.Exercise.Unit) * from.Estimate / step.Needed;
                    if (!reached.TryGetValue(step.Exercise.Id, out var known) || known.Estimate < estimate)
                    {
                        reached[step.Exercise.Id] = new Reached(step.Exercise, estimate, from, step);
                        queue.Enqueue(reached[step.Exercise.Id]);
                    }
                }
            }

            return reached;
        }
    }
}
