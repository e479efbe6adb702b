using CaliFlow.Modules.Exercises.Contracts;

namespace CaliFlow.Modules.Programming.Planning;

/// <summary>The library as the generator reads it: what the user can do with their equipment, and the graph's edges.</summary>
internal sealed class PlanCatalog
{
    /// <summary>
    /// A push or pull that moves less than a fifth of body weight (a prone floor pulldown moves about 5 %) is a drill, not the
    /// week's pushing or pulling.
    /// </summary>
    public const decimal MinimumLoad = 0.2m;

    private readonly ExerciseLibrary _library;
    private readonly Dictionary<Guid, ExerciseInfo> _live;
    private readonly Dictionary<Guid, ExerciseInfo> _doable;
    private readonly ILookup<string, ExerciseInfo> _byPattern;
    private readonly ILookup<ExerciseKind, ExerciseInfo> _byKind;
    private readonly ILookup<Guid, Guid> _easier;

    public PlanCatalog(ExerciseLibrary library, IReadOnlyCollection<Equipment> equipment)
    {
        _library = library;
        _live = library.Exercises.Where(e => !e.Retired).ToDictionary(e => e.Id);
        _doable = _live.Values.Where(e => e.DoableWith(equipment)).ToDictionary(e => e.Id);
        var ordered = _doable.Values.OrderByDescending(e => e.Difficulty).ThenBy(e => e.Slug, StringComparer.Ordinal).ToList();
        _byPattern = ordered.ToLookup(e => e.Pattern);
        _byKind = ordered.ToLookup(e => e.Kind);
        _easier = library.Progressions.ToLookup(p => p.ToId, p => p.FromId);
    }

    public ExerciseInfo? FindLive(string slug) => _live.Values.FirstOrDefault(e => e.Slug == slug);

    public ExerciseInfo? Doable(Guid id) => _doable.GetValueOrDefault(id);

    public ExerciseInfo? DoableSlug(string slug) => _doable.Values.FirstOrDefault(e => e.Slug == slug);

    public UnlockRule? NextRule(ExerciseInfo exercise) => Prescriptions.NextRule(exercise, _library);

    /// <summary>
    /// What a slot of this pattern may start on, best first: hardest first, slow negatives only after every full-range exercise,
    /// jumps only in power slots, and no mobility, balance or conditioning drills.
    /// </summary>
    public IEnumerable<ExerciseInfo> StartingPoints(string pattern, SlotRole role) =>
        _byPattern[pattern]
            .Where(e => role == SlotRole.Power
                ? e.Kind == ExerciseKind.Plyometric
                : e.Kind is ExerciseKind.Strength or ExerciseKind.SkillHold or ExerciseKind.Eccentric)
            .Where(e => role is not (SlotRole.Push or SlotRole.Pull) || e.BodyweightFraction >= MinimumLoad)
            .OrderBy(e => e.Kind == ExerciseKind.Eccentric ? 1 : 0);

    /// <summary>
    /// Goal additions of one kind within the difficulty cap: the hardest for conditioning and balance, a rotation through the
    /// list for mobility so the week's sessions stretch different places.
    /// </summary>
    public IEnumerable<ExerciseInfo> Extras(ExerciseKind kind, int cap, int rotation, int count)
    {
        var within = _byKind[kind].Where(e => e.Difficulty <= cap).ToList();
        if (kind != ExerciseKind.Mobility || within.Count == 0)
        {
            return within.Take(count);
        }

        var bySlug = within.OrderBy(e => e.Slug, StringComparer.Ordinal).ToList();
        var shown = Math.Min(count, bySlug.Count);
        return Enumerable.Range(0, shown).Select(i => bySlug[((rotation * shown) + i) % bySlug.Count]);
    }

    /// <summary>Every exercise from which <paramref name="target"/> can be reached, with the number of steps (0 for itself).</summary>
    public Dictionary<Guid, int> StepsTo(Guid target)
    {
        var steps = new Dictionary<Guid, int> { [target] = 0 };
        var queue = new Queue<Guid>([target]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var easier in _easier[current])
            {
                if (steps.TryAdd(easier, steps[current] + 1))
                {
                    queue.Enqueue(easier);
                }
            }
        }

        return steps;
    }
}
