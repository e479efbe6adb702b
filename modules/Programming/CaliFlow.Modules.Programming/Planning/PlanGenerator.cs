using CaliFlow.BuildingBlocks.Training;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Programming.Planning;

/// <summary>
/// Builds a 12-week plan from a profile and the exercise library. Pure and deterministic: no clock, no randomness, ties broken
/// by slug. Steps: pick the training days and split, fill each session's slots with the hardest exercise the user can do at
/// their level with their equipment (or their current variation), even out pushing and pulling, then lay out three 4-week
/// blocks whose sets, reps and efforts climb for three weeks and drop in the deload; target skills advance one progression
/// step per block.
/// </summary>
internal static class PlanGenerator
{
    public static GeneratedPlan Generate(PlanRequest request, ExerciseLibrary library)
    {
        var catalog = new Catalog(library, request.Equipment);
        var days = TrainingDays(request.PreferredWeekdays, request.DaysPerWeek);
        var templates = SessionTemplates.Week(days.Count);
        var perSession = SessionTemplates.ExercisesFor(request.SessionMinutes);
        var skills = request.TargetSkills.Select(catalog.FindLive).OfType<ExerciseInfo>().ToList();

        var week = templates.Select(t => Fill(request, catalog, WithSkills([.. t.Slots.Take(perSession)], skills))).ToList();
        Balance(week);

        var styles = Blocks.For(request.Goals, skills.Count > 0);
        var buildSets = Blocks.BuildWeekSets(request.Level);
        var sessions = new List<PlannedSession>();
        for (var weekNumber = 1; weekNumber <= Blocks.Weeks; weekNumber++)
        {
            var block = (weekNumber - 1) / Blocks.WeeksPerBlock;
            var weekInBlock = ((weekNumber - 1) % Blocks.WeeksPerBlock) + 1;
            var deload = weekInBlock == Blocks.WeeksPerBlock;
            var dates = SessionDates(request.StartDate.AddDays(7 * (weekNumber - 1)), days);
            for (var i = 0; i < templates.Count; i++)
            {
                var exercises = week[i]
                    .Select((slot, order) => Prescribe(request, styles[block], block, weekInBlock, buildSets, slot, order + 1))
                    .ToList();
                sessions.Add(new PlannedSession(weekNumber, dates[i], templates[i].Name, deload, exercises));
            }
        }

        return new GeneratedPlan(SessionTemplates.SplitFor(days.Count), Mesocycles(styles, buildSets, sessions), sessions);
    }

    /// <summary>Beginners start at difficulty 3 or below, intermediates 5, advanced 7 (unless they already train harder).</summary>
    public static int LevelCap(TrainingLevel level) => level switch
    {
        TrainingLevel.Beginner => 3,
        TrainingLevel.Intermediate => 5,
        _ => 7,
    };

    /// <summary>The preferred weekdays, spread out when there are more of them than training days.</summary>
    public static IReadOnlyList<DayOfWeek> TrainingDays(IReadOnlyList<DayOfWeek> preferred, int daysPerWeek)
    {
        var ordered = preferred.Distinct().OrderBy(d => ((int)d + 6) % 7).ToList(); // Monday first
        var count = Math.Min(daysPerWeek, ordered.Count);
        return [.. Enumerable.Range(0, count).Select(i => ordered[i * ordered.Count / count])];
    }

    private static List<DateOnly> SessionDates(DateOnly weekStart, IReadOnlyList<DayOfWeek> days) =>
        [.. Enumerable.Range(0, 7).Select(weekStart.AddDays).Where(d => days.Contains(d.DayOfWeek))];

    /// <summary>Each target skill takes over the last slot of its kind (push, pull, legs, core) in the sessions that have one.</summary>
    private static List<Slot> WithSkills(List<Slot> slots, IReadOnlyList<ExerciseInfo> skills)
    {
        foreach (var skill in skills)
        {
            var role = SessionTemplates.RoleOf(skill.Pattern);
            var index = slots.FindLastIndex(s => s.Role == role && s.Skill is null);
            if (index >= 0)
            {
                slots[index] = SessionTemplates.SlotFor(role, skill.Pattern) with { Skill = skill };
            }
        }

        return slots;
    }

    private static List<FilledSlot> Fill(PlanRequest request, Catalog catalog, List<Slot> slots)
    {
        var used = new HashSet<Guid>();
        var filled = new List<FilledSlot>();
        foreach (var slot in slots)
        {
            var path = slot.Skill is { } skill ? PathToward(request, catalog, slot, skill, used) : null;
            var start = path?[0] ?? Pick(request, catalog, slot.Patterns, used);
            if (start is not null)
            {
                used.Add(start.Id);
                filled.Add(new FilledSlot(slot, path ?? [start]));
            }
        }

        return filled;
    }

    /// <summary>The user's current variation for the pattern, else the hardest exercise they can do within their level.</summary>
    private static ExerciseInfo? Pick(PlanRequest request, Catalog catalog, IEnumerable<string> patterns, HashSet<Guid> used)
    {
        var cap = LevelCap(request.Level);
        foreach (var pattern in patterns)
        {
            if (request.CurrentVariations.TryGetValue(pattern, out var currentId) &&
                catalog.Doable(currentId) is { } current && current.Pattern == pattern && !used.Contains(current.Id))
            {
                return current;
            }

            var best = catalog.InPattern(pattern).FirstOrDefault(e => e.Difficulty <= cap && !used.Contains(e.Id));
            if (best is not null)
            {
                return best;
            }
        }

        return null;
    }

    /// <summary>
    /// Where to start on the way to a skill (the current variation if it leads there, else the hardest step within the user's
    /// level that does) and the doable steps beyond it toward the skill; null when the chain has no doable entry.
    /// </summary>
    private static List<ExerciseInfo>? PathToward(PlanRequest request, Catalog catalog, Slot slot, ExerciseInfo skill, HashSet<Guid> used)
    {
        var leadsThere = catalog.StepsTo(skill.Id);
        var cap = LevelCap(request.Level);
        var start =
            (request.CurrentVariations.TryGetValue(skill.Pattern, out var currentId) && leadsThere.ContainsKey(currentId)
                ? catalog.Doable(currentId)
                : null)
            ?? leadsThere
                .Select(kv => (Exercise: catalog.Doable(kv.Key), Steps: kv.Value))
                .Where(c => c.Exercise is not null && c.Exercise.Difficulty <= cap && !used.Contains(c.Exercise.Id) &&
                            SessionTemplates.RoleOf(c.Exercise.Pattern) == slot.Role)
                .OrderByDescending(c => c.Exercise!.Difficulty).ThenBy(c => c.Steps).ThenBy(c => c.Exercise!.Slug, StringComparer.Ordinal)
                .Select(c => c.Exercise)
                .FirstOrDefault()
            ?? Pick(request, catalog, slot.Patterns, used);
        // Later steps stay in the slot's kind of work (the L-sit chain passes through dip supports), so balance holds.
        return start is null
            ? null
            : [start, .. catalog.DoableStepsAfter(start.Id, skill.Id).TakeWhile(e => SessionTemplates.RoleOf(e.Pattern) == slot.Role)];
    }

    /// <summary>Removes the last plain slots of whichever of push and pull has more, until the week has as many of each.</summary>
    private static void Balance(List<List<FilledSlot>> week)
    {
        while (true)
        {
            var push = week.Sum(s => s.Count(f => f.Slot.Role == SlotRole.Push));
            var pull = week.Sum(s => s.Count(f => f.Slot.Role == SlotRole.Pull));
            if (push == pull)
            {
                return;
            }

            var excess = push > pull ? SlotRole.Push : SlotRole.Pull;
            var session = week.OrderByDescending(s => s.Count(f => f.Slot.Role == excess)).First();
            var victim = session.LastOrDefault(f => f.Slot.Role == excess && f.Slot.Skill is null)
                         ?? session.Last(f => f.Slot.Role == excess);
            session.Remove(victim);
        }
    }

    private static PlannedExercise Prescribe(
        PlanRequest request, BlockStyle style, int block, int weekInBlock, IReadOnlyList<int> buildSets, FilledSlot slot, int order)
    {
        var exercise = slot.Path[Math.Min(block, slot.Path.Count - 1)];
        var deload = weekInBlock == Blocks.WeeksPerBlock;
        var (repRange, holdRange) = Blocks.ForDifficulty(style, exercise.Difficulty);
        var hold = exercise.Unit == ExerciseUnit.HoldSeconds;
        var target = Blocks.Target(hold ? holdRange : repRange, weekInBlock);
        var rest = hold ? style.HoldRestSeconds : style.RepRestSeconds;
        if (request.Goals.Contains(TrainingGoal.FatLoss) || request.Goals.Contains(TrainingGoal.Endurance))
        {
            rest = Math.Max(45, rest * 2 / 3); // denser sessions
        }

        var set = new PrescribedSet(
            hold ? null : target,
            hold ? target : null,
            rest,
            deload ? Blocks.DeloadRpe : style.BuildWeekRpe[weekInBlock - 1],
            hold || deload ? null : style.Tempo);
        var sets = Enumerable.Repeat(set, deload ? Blocks.DeloadSets : buildSets[weekInBlock - 1]).ToList();

        var notes = new List<string>();
        if (exercise.PerSide)
        {
            notes.Add(hold ? "Seconds are per side." : "Reps are per side.");
        }

        if (slot.Slot.Skill is { } skill)
        {
            notes.Add(exercise.Id == skill.Id ? $"Target skill: {skill.Name}." : $"Working toward {skill.Name}.");
        }

        if (deload)
        {
            notes.Add("Deload: same movements, fewer sets, stop well short of failure.");
        }

        return new PlannedExercise(order, exercise, slot.Slot.Role, sets, notes.Count > 0 ? string.Join(" ", notes) : null);
    }

    private static List<Mesocycle> Mesocycles(IReadOnlyList<BlockStyle> styles, IReadOnlyList<int> buildSets, List<PlannedSession> sessions) =>
    [
        .. styles.Select((style, block) =>
        {
            var first = (block * Blocks.WeeksPerBlock) + 1;
            var weeks = Enumerable.Range(first, Blocks.WeeksPerBlock).Select(week =>
            {
                var weekInBlock = week - first + 1;
                var deload = weekInBlock == Blocks.WeeksPerBlock;
                var volume = new SortedDictionary<string, int>(StringComparer.Ordinal);
                foreach (var exercise in sessions.Where(s => s.Week == week).SelectMany(s => s.Exercises))
                {
                    volume[exercise.Exercise.Pattern] = volume.GetValueOrDefault(exercise.Exercise.Pattern) + exercise.Sets.Count;
                }

                return new WeekTargets(
                    week,
                    deload,
                    style.Reps,
                    style.HoldSeconds,
                    deload ? Blocks.DeloadRpe : style.BuildWeekRpe[weekInBlock - 1],
                    deload ? Blocks.DeloadSets : buildSets[weekInBlock - 1],
                    volume);
            }).ToList();
            return new Mesocycle(block + 1, style.Focus, first, first + Blocks.WeeksPerBlock - 1, weeks);
        }),
    ];

    /// <summary>A slot as filled: the exercise for block 1, then the planned steps (toward a target skill) for later blocks.</summary>
    private sealed record FilledSlot(Slot Slot, IReadOnlyList<ExerciseInfo> Path);

    /// <summary>The library as the generator reads it: what the user can do with their equipment, and the graph's edges.</summary>
    private sealed class Catalog
    {
        private readonly Dictionary<Guid, ExerciseInfo> _live;
        private readonly Dictionary<Guid, ExerciseInfo> _doable;
        private readonly ILookup<string, ExerciseInfo> _byPattern;
        private readonly ILookup<Guid, Guid> _harder;
        private readonly ILookup<Guid, Guid> _easier;

        public Catalog(ExerciseLibrary library, IReadOnlyCollection<Equipment> equipment)
        {
            _live = library.Exercises.Where(e => !e.Retired).ToDictionary(e => e.Id);
            _doable = _live.Values.Where(e => e.DoableWith(equipment)).ToDictionary(e => e.Id);
            _byPattern = _doable.Values
                .OrderByDescending(e => e.Difficulty).ThenBy(e => e.Slug, StringComparer.Ordinal)
                .ToLookup(e => e.Pattern);
            _harder = library.Progressions.ToLookup(p => p.FromId, p => p.ToId);
            _easier = library.Progressions.ToLookup(p => p.ToId, p => p.FromId);
        }

        public ExerciseInfo? FindLive(string slug) => _live.Values.FirstOrDefault(e => e.Slug == slug);

        public ExerciseInfo? Doable(Guid id) => _doable.GetValueOrDefault(id);

        /// <summary>Hardest first, then by slug.</summary>
        public IEnumerable<ExerciseInfo> InPattern(string pattern) => _byPattern[pattern];

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

        /// <summary>The shortest chain of steps from <paramref name="from"/> to <paramref name="to"/>, cut at the first the user cannot do.</summary>
        public IEnumerable<ExerciseInfo> DoableStepsAfter(Guid from, Guid to)
        {
            var previous = new Dictionary<Guid, Guid> { [from] = from };
            var queue = new Queue<Guid>([from]);
            while (queue.TryDequeue(out var current) && current != to)
            {
                foreach (var next in _harder[current].Where(_live.ContainsKey))
                {
                    if (previous.TryAdd(next, current))
                    {
                        queue.Enqueue(next);
                    }
                }
            }

            if (!previous.ContainsKey(to) || from == to)
            {
                return [];
            }

            var path = new List<Guid>();
            for (var at = to; at != from; at = previous[at])
            {
                path.Add(at);
            }

            path.Reverse();
            return path.Select(Doable).TakeWhile(e => e is not null).Select(e => e!);
        }
    }
}
