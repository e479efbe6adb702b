using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;

namespace CaliFlow.Modules.Programming.Planning;

/// <summary>One exercise as the week is being fitted: how many sets and how long a rest, and where it goes in the session.</summary>
internal sealed class DraftItem(ExerciseInfo exercise, SlotRole role, ExerciseInfo? skill, UnlockRule? next, TrainingStyle style, bool shortSession)
{
    private readonly KindScheme _scheme = Prescriptions.SchemeFor(exercise);

    public ExerciseInfo Exercise => exercise;

    public SlotRole Role => role;

    /// <summary>Counts as the week's pushing: a push slot's exercise that moves at least a fifth of body weight.</summary>
    public bool Pushes => role == SlotRole.Push && exercise.BodyweightFraction >= PlanCatalog.MinimumLoad;

    /// <summary>Counts as the week's pulling: a skill slot can hold a lighter drill (a prone floor pulldown), which does not.</summary>
    public bool Pulls => role == SlotRole.Pull && exercise.BodyweightFraction >= PlanCatalog.MinimumLoad;

    public ExerciseInfo? Skill => skill;

    public UnlockRule? Next => next;

    private int _sets = Prescriptions.MinimumSets(exercise, next);

    /// <summary>Dense goals and short sessions start at the bottom of the kind's rest range, others a third of the way up.</summary>
    private int _restSeconds = StartingRest(Prescriptions.SchemeFor(exercise).Rest, style.Dense || shortSession);

    private (int Longest, int Shortest)? _seconds;

    public int Sets
    {
        get => _sets;
        set => (_sets, _seconds) = (value, null);
    }

    public int RestSeconds
    {
        get => _restSeconds;
        set => (_restSeconds, _seconds) = (value, null);
    }

    /// <summary>Its place in the session's priority order.</summary>
    public int Priority { get; init; }

    public IntRange Rest => _scheme.Rest;

    public bool Hard => _scheme.HardSets;

    public int MinimumSets { get; } = Prescriptions.MinimumSets(exercise, next);

    /// <summary>Skills and high-skill holds first while fresh (Overcoming Gravity), then jumps, strength, core, finishers, balance, mobility.</summary>
    public int Phase => skill is not null || exercise.Kind == ExerciseKind.SkillHold ? 0
        : exercise.Kind == ExerciseKind.Plyometric ? 1
        : role == SlotRole.Core ? 3
        : exercise.Kind == ExerciseKind.Conditioning ? 4
        : exercise.Kind == ExerciseKind.Balance ? 5
        : exercise.Kind == ExerciseKind.Mobility ? 6
        : 2;

    /// <summary>Time in the longest build week (every set at the target), changeover included.</summary>
    public int Seconds => Durations().Longest;

    /// <summary>Time in the shortest build week (week 1, under the target).</summary>
    public int ShortestSeconds => Durations().Shortest;

    private (int Longest, int Shortest) Durations() => _seconds ??= (
        SessionDuration.Seconds(exercise, Prescriptions.Sets(exercise, next, 3, _sets, _restSeconds, style, 8)),
        SessionDuration.Seconds(exercise, Prescriptions.Sets(exercise, next, 1, _sets, _restSeconds, style, 8)));

    private static int StartingRest(IntRange rest, bool shortest) =>
        shortest ? rest.Min : (int)Math.Round((rest.Min + ((rest.Max - rest.Min) / 3.0)) / 15, MidpointRounding.AwayFromZero) * 15;
}

/// <summary>Chosen exercises done together (<see cref="ExerciseGroup"/>), in the session's order: all but the last go straight on.</summary>
internal sealed record DraftGroup(GroupKind Kind, IReadOnlyList<DraftItem> Members);

/// <summary>
/// A session being fitted: its candidates in priority order, goal additions, cool-down stretches and warm-up. A short session
/// pairs its push and pull strength work as an antagonist superset, and a conditioning goal's session runs its core and
/// conditioning work as a circuit: the rests a group saves count as soon as both ends of it are chosen, so the fitter fills
/// the time they free.
/// </summary>
internal sealed class SessionDraft(
    string name,
    IReadOnlyList<DraftItem> candidates,
    IReadOnlyList<DraftItem> extras,
    IReadOnlyList<DraftItem> coolDown,
    IReadOnlyList<WarmUpItem> warmUp,
    bool supersets = false,
    bool circuits = false)
{
    public string Name => name;

    public IReadOnlyList<DraftItem> Candidates => candidates;

    public IReadOnlyList<DraftItem> Extras => extras;

    public IReadOnlyList<DraftItem> CoolDown => coolDown;

    public IReadOnlyList<WarmUpItem> WarmUp => warmUp;

    public List<DraftItem> Chosen { get; } = [];

    /// <summary>The longest build week's session: what must stay within the minutes plus 10 %.</summary>
    public int Seconds => WarmUps.Seconds(warmUp) + Chosen.Sum(i => i.Seconds) - GroupedRestSeconds();

    /// <summary>The shortest build week's session: what must reach the minutes less 10 %.</summary>
    public int ShortestSeconds => WarmUps.Seconds(warmUp) + Chosen.Sum(i => i.ShortestSeconds) - GroupedRestSeconds();

    /// <summary>The chosen exercises in the session's order: by phase, a superset's pull right after its push.</summary>
    public List<DraftItem> Ordered()
    {
        var ordered = Chosen.OrderBy(i => i.Phase).ToList();
        if (Superset() is { } pair)
        {
            ordered.Remove(pair.Members[1]);
            ordered.Insert(ordered.IndexOf(pair.Members[0]) + 1, pair.Members[1]);
        }

        return ordered;
    }

    public List<DraftGroup> Groups()
    {
        var groups = new List<DraftGroup>();
        if (Superset() is { } pair)
        {
            groups.Add(pair);
        }

        // Core and conditioning work sit next to each other at the end (phases 3 and 4).
        var stations = circuits ? Chosen.Where(i => i.Phase is 3 or 4).OrderBy(i => i.Phase).ToList() : [];
        if (stations.Count >= 2)
        {
            groups.Add(new DraftGroup(GroupKind.Circuit, stations));
        }

        return groups;
    }

    /// <summary>The first push and pull strength exercises chosen (not skill work), when the session pairs them.</summary>
    private DraftGroup? Superset()
    {
        var ordered = Chosen.OrderBy(i => i.Phase).ToList();
        var push = ordered.FirstOrDefault(i => i.Role == SlotRole.Push && i.Phase == 2 && i.Hard);
        var pull = ordered.FirstOrDefault(i => i.Role == SlotRole.Pull && i.Phase == 2 && i.Hard);
        return supersets && push is not null && pull is not null ? new DraftGroup(GroupKind.Superset, [push, pull]) : null;
    }

    /// <summary>A group's member goes straight on to the next in each round a later member also has: those rests are not taken.</summary>
    private int GroupedRestSeconds() => Groups().Sum(g => g.Members.SkipLast(1).Select((m, i) =>
        Math.Min(m.Sets, g.Members.Skip(i + 1).Max(later => later.Sets)) * m.RestSeconds).Sum());
}

/// <summary>
/// Fits a week to the session length and the weekly volume ceilings. Goal additions go in first; then, one step per session
/// in turn so no session takes the whole week's allowance, the next exercise in priority order (or, when every slot is in,
/// one more set) is added while the session is under its minutes, it stays within +10 %, no primary muscle passes its weekly
/// ceiling and pushing stays level with pulling. Time still left is filled with cool-down stretches and longer rests (within
/// each kind's range); a session that overruns loses rest first, then its lowest-priority exercises.
/// </summary>
internal static class WeekFitter
{
    private const double Over = 1.10;
    private const double Under = 0.95;

    /// <summary>Conditioning finishers may grow to this many rounds to fill a dense session.</summary>
    private const int MaxFinisherSets = 5;

    /// <summary>Mobility and balance drills may grow to this many sets when time is left.</summary>
    private const int MaxPracticeSets = 3;

    /// <summary>How far pushing may run ahead of pulling while the week is being filled (one exercise's sets).</summary>
    private const int PushLead = 4;

    public static void Fit(IReadOnlyList<SessionDraft> week, PlanRequest request)
    {
        var target = WeeklyVolume.SessionMinutes(request) * 60;
        var cap = WeeklyVolume.Cap(request.Level, request.Goals);
        var maxSets = WeeklyVolume.MaxSets(request.Level);

        foreach (var session in week)
        {
            session.Chosen.AddRange(session.Extras);
        }

        Cover(week);
        var added = true;
        while (added)
        {
            added = false;
            foreach (var session in week.Where(s => s.ShortestSeconds < target))
            {
                added |= TryAddExercise(week, session, target, cap) || TryAddSet(week, session, target, cap, maxSets);
            }
        }

        LevelPushWithPull(week);
        foreach (var session in week)
        {
            FillTime(session, target);
            Trim(session, target);
        }
    }

    /// <summary>What every week must train, whatever the session length: a push, a pull, a squat, a hinge and core.</summary>
    private static readonly Func<DraftItem, bool>[] Essentials =
    [
        i => i.Pushes,
        i => i.Pulls,
        i => i.Exercise.Pattern is "squat" or "single-leg",
        i => i.Exercise.Pattern is "hinge" or "knee-flexion",
        i => i.Role == SlotRole.Core,
    ];

    /// <summary>Puts each essential the week still lacks into the session with the most time left that has a candidate for it.</summary>
    private static void Cover(IReadOnlyList<SessionDraft> week)
    {
        foreach (var essential in Essentials)
        {
            if (week.Any(s => s.Chosen.Any(essential)))
            {
                continue;
            }

            var best = week
                .Select(s => (Session: s, Candidate: s.Candidates.FirstOrDefault(c => essential(c) && !s.Chosen.Contains(c))))
                .Where(x => x.Candidate is not null)
                .OrderBy(x => x.Session.Seconds)
                .FirstOrDefault();
            best.Session?.Chosen.Add(best.Candidate!);
        }
    }

    private static bool TryAddExercise(IReadOnlyList<SessionDraft> week, SessionDraft session, int target, int cap)
    {
        var next = session.Candidates.FirstOrDefault(c => !session.Chosen.Contains(c) && Allowed(week, session, c, c.Sets, target, cap));
        if (next is null)
        {
            return false;
        }

        session.Chosen.Add(next);
        return true;
    }

    private static bool TryAddSet(IReadOnlyList<SessionDraft> week, SessionDraft session, int target, int cap, int maxSets)
    {
        var item = session.Chosen
            .Where(c => c.Hard && c.Sets < maxSets && Allowed(week, session, c, 1, target, cap, extraSet: true))
            .OrderBy(c => c.Sets)
            .ThenBy(c => c.Priority)
            .FirstOrDefault();
        if (item is null)
        {
            return false;
        }

        item.Sets++;
        return true;
    }

    private static bool Allowed(IReadOnlyList<SessionDraft> week, SessionDraft session, DraftItem item, int sets, int target, int cap, bool extraSet = false)
    {
        var seconds = extraSet ? SetSeconds(item) : item.Seconds;
        if (session.Seconds + seconds > target * Over)
        {
            return false;
        }

        var chosen = week.SelectMany(s => s.Chosen).ToList();
        if (item.Hard && item.Exercise.PrimaryMuscles.Any(m => chosen.Where(c => c.Hard && c.Exercise.PrimaryMuscles.Contains(m)).Sum(c => c.Sets) + sets > cap))
        {
            return false;
        }

        return !item.Pushes || !week.SelectMany(s => s.Candidates).Any(c => c.Pulls) ||
               chosen.Where(c => c.Pushes).Sum(c => c.Sets) + sets <= chosen.Where(c => c.Pulls).Sum(c => c.Sets) + PushLead;
    }

    private static int SetSeconds(DraftItem item)
    {
        item.Sets++;
        var more = item.Seconds;
        item.Sets--;
        return more - item.Seconds;
    }

    /// <summary>
    /// Pushing never outweighs pulling in a week (the Recommended Routine pairs every push with a pull), unless nothing in
    /// the library lets the user pull at all.
    /// </summary>
    private static void LevelPushWithPull(IReadOnlyList<SessionDraft> week)
    {
        if (!week.SelectMany(s => s.Candidates).Any(c => c.Pulls))
        {
            return;
        }

        while (true)
        {
            var chosen = week.SelectMany(s => s.Chosen).ToList();
            var excess = chosen.Where(c => c.Pushes).Sum(c => c.Sets) - chosen.Where(c => c.Pulls).Sum(c => c.Sets);
            if (excess <= 0)
            {
                return;
            }

            var extra = chosen.Where(c => c.Pushes && c.Sets > c.MinimumSets).OrderByDescending(c => c.Sets).FirstOrDefault();
            if (extra is not null)
            {
                extra.Sets--;
                continue;
            }

            var session = week.OrderByDescending(s => s.Chosen.Count(c => c.Pushes)).First();
            var victim = session.Chosen.LastOrDefault(c => c.Pushes && c.Skill is null) ?? session.Chosen.Last(c => c.Pushes);
            session.Chosen.Remove(victim);
        }
    }

    private static void FillTime(SessionDraft session, int target)
    {
        foreach (var stretch in session.CoolDown)
        {
            if (session.ShortestSeconds >= target * Under)
            {
                return;
            }

            if (session.Seconds + stretch.Seconds <= target * Over)
            {
                session.Chosen.Add(stretch);
            }
        }

        foreach (var item in session.Chosen.Where(i => !i.Hard))
        {
            var most = item.Exercise.Kind == ExerciseKind.Conditioning ? MaxFinisherSets : MaxPracticeSets;
            while (item.Sets < most && session.ShortestSeconds < target * Under && session.Seconds + SetSeconds(item) <= target * Over)
            {
                item.Sets++;
            }
        }

        var longer = true;
        while (session.ShortestSeconds < target * Under && longer)
        {
            longer = false;
            foreach (var item in session.Chosen.Where(i => i.Hard && i.RestSeconds < i.Rest.Max))
            {
                item.RestSeconds = Math.Min(item.Rest.Max, item.RestSeconds + 15);
                longer = true;
                if (session.ShortestSeconds >= target * Under)
                {
                    return;
                }
            }
        }
    }

    private static void Trim(SessionDraft session, int target)
    {
        if (session.Seconds <= target * Over)
        {
            return;
        }

        session.Chosen.ForEach(i => i.RestSeconds = i.Rest.Min);
        while (session.Seconds > target * Over && session.Chosen.Count > 2)
        {
            session.Chosen.RemoveAt(session.Chosen.Count - 1);
        }
    }
}
