using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Programming.Planning;

/// <summary>
/// Builds a 12-week plan from a profile and the exercise library. Pure and deterministic: no clock, no randomness, ties broken
/// by slug. Steps: pick the training days and split; fill each session's slots (target skills first) with what the user trains
/// now or, without that, a cautious start for their level and age, only with their equipment; fit the week's work to the
/// session length and the weekly hard-set ceilings (<see cref="WeekFitter"/>); then prescribe each week by exercise kind toward
/// the unlock rule of the next step (<see cref="Prescriptions"/>). The exercises stay the same all plan long: only logged
/// evidence (auto-progression) moves a user to the next step.
/// </summary>
internal static class PlanGenerator
{
    /// <summary>From this age plans add balance work, cap effort at RPE 7 and leave out jumps (WHO 2020, older adults).</summary>
    public const int OlderAdultAge = 65;

    /// <summary>Jumps only below this age (and not for beginners or a mobility goal).</summary>
    public const int JumpsBelowAge = 50;

    /// <summary>
    /// Without an assessment or a current variation, the hardest difficulty a pattern starts at: beginners 2 (knee or incline
    /// push-ups rather than full ones), intermediates 4, advanced 6; from 60 one lower, but never below 2 (squats and knee
    /// push-ups stay open).
    /// </summary>
    public static int StartCap(TrainingLevel level, int? age)
    {
        var cap = level switch
        {
            TrainingLevel.Beginner => 2,
            TrainingLevel.Intermediate => 4,
            _ => 6,
        };
        return age >= 60 ? Math.Max(2, cap - 1) : cap;
    }

    /// <summary>Sessions this short start every rest at the bottom of its range.</summary>
    public const int ShortSessionMinutes = 45;

    /// <summary>Sessions this short pair their push and pull strength work as an antagonist superset, saving a rest per pair.</summary>
    public const int SupersetSessionMinutes = 40;

    /// <summary>A target skill is practised in at most three sessions a week (Overcoming Gravity: skill work 2-3 times a week).</summary>
    public const int SkillSessionsPerWeek = 3;

    public static GeneratedPlan Generate(PlanRequest request, ExerciseLibrary library)
    {
        var catalog = new PlanCatalog(library, request.Equipment);
        var days = TrainingDays(request.PreferredWeekdays, request.DaysPerWeek);
        var style = StyleFor(request);
        var skills = request.TargetSkills.Select(catalog.FindLive).OfType<ExerciseInfo>().ToList();

        var templates = SessionTemplates.Week(days.Count);
        var week = templates
            .Select((template, index) => Draft(request, catalog, style, template, index, SkillsFor(templates, index, skills)))
            .ToList();
        WeekFitter.Fit(week, request);

        var focus = Blocks.Focus(request.Goals, skills.Count > 0);
        var sessions = new List<PlannedSession>();
        for (var weekNumber = 1; weekNumber <= Blocks.Weeks; weekNumber++)
        {
            var block = (weekNumber - 1) / Blocks.WeeksPerBlock;
            var weekInBlock = ((weekNumber - 1) % Blocks.WeeksPerBlock) + 1;
            var dates = SessionDates(request.StartDate.AddDays(7 * (weekNumber - 1)), days);
            for (var i = 0; i < week.Count; i++)
            {
                sessions.Add(Plan(week[i], weekNumber, dates[i], block, weekInBlock, style));
            }
        }

        return new GeneratedPlan(SessionTemplates.SplitFor(days.Count), Mesocycles(focus, sessions), sessions);
    }

    /// <summary>Fat loss and endurance train densely; a mobility goal and older adults at moderate effort.</summary>
    public static TrainingStyle StyleFor(PlanRequest request) => new(
        Dense: request.Goals.Contains(TrainingGoal.FatLoss) || request.Goals.Contains(TrainingGoal.Endurance),
        MaxRpe: request.Goals.Contains(TrainingGoal.Mobility) || request.Age >= OlderAdultAge ? 7 : 8);

    /// <summary>The preferred weekdays, spread out when there are more of them than training days.</summary>
    public static IReadOnlyList<DayOfWeek> TrainingDays(IReadOnlyList<DayOfWeek> preferred, int daysPerWeek)
    {
        var ordered = preferred.Distinct().OrderBy(d => ((int)d + 6) % 7).ToList(); // Monday first
        var count = Math.Min(daysPerWeek, ordered.Count);
        return [.. Enumerable.Range(0, count).Select(i => ordered[i * ordered.Count / count])];
    }

    private static List<DateOnly> SessionDates(DateOnly weekStart, IReadOnlyList<DayOfWeek> days) =>
        [.. Enumerable.Range(0, 7).Select(weekStart.AddDays).Where(d => days.Contains(d.DayOfWeek))];

    /// <summary>The target skills this session practises: each in the first three sessions that train its kind of work.</summary>
    private static List<ExerciseInfo> SkillsFor(IReadOnlyList<SessionTemplate> templates, int index, IReadOnlyList<ExerciseInfo> skills) =>
    [
        .. skills.Where(skill =>
        {
            var role = SessionTemplates.RoleOf(skill.Pattern);
            var sessions = templates.Select((t, i) => (t, i)).Where(x => x.t.Slots.Any(s => s.Role == role)).Select(x => x.i).ToList();
            return sessions.Take(SkillSessionsPerWeek).Contains(index);
        }),
    ];

    /// <summary>A session's candidates in priority order (one exercise per slot), its goal additions and its warm-up.</summary>
    private static SessionDraft Draft(
        PlanRequest request, PlanCatalog catalog, TrainingStyle style, SessionTemplate template, int index, IReadOnlyList<ExerciseInfo> skills)
    {
        var slots = template.Slots.ToList();
        if (request.Goals.Contains(TrainingGoal.Skills))
        {
            // Skill-first: straight-arm, handstand and compression work moves to the front, so short sessions keep it.
            slots = [.. slots.Where(IsSkillSlot), .. slots.Where(s => !IsSkillSlot(s))];
        }

        foreach (var skill in skills.AsEnumerable().Reverse())
        {
            var role = SessionTemplates.RoleOf(skill.Pattern);
            // The skill takes over the session's first slot of its kind of work and goes first, so even a short session
            // still pushes, pulls, trains legs and core.
            var taken = slots.FindIndex(s => s.Skill is null && s.Patterns.Contains(skill.Pattern));
            taken = taken >= 0 ? taken : slots.FindIndex(s => s.Role == role && s.Skill is null);
            if (taken >= 0)
            {
                slots.RemoveAt(taken);
                slots.RemoveAll(s => s.Skill is null && s.Patterns[0] == skill.Pattern);
                slots.Insert(0, SessionTemplates.SlotFor(role, skill.Pattern) with { Skill = skill });
            }
        }

        var shortSession = request.SessionMinutes <= ShortSessionMinutes;
        var jumps = request.Level != TrainingLevel.Beginner && !request.Goals.Contains(TrainingGoal.Mobility) &&
                    !(request.Age >= JumpsBelowAge);
        var cap = StartCap(request.Level, request.Age);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var candidates = new List<DraftItem>();
        foreach (var slot in slots.Where(s => s.Role != SlotRole.Power || jumps))
        {
            var exercise = slot.Skill is { } skill ? StartToward(request, catalog, cap, slot, skill, used) : Pick(request, catalog, cap, slot, used);
            if (exercise is not null && used.Add(slot.Key(exercise)))
            {
                candidates.Add(new DraftItem(exercise, slot.Role, slot.Skill, catalog.NextRule(exercise), style, shortSession) { Priority = candidates.Count });
            }
        }

        var warmUp = WarmUps.For(catalog, WeeklyVolume.SessionMinutes(request), index);
        var extras = new List<DraftItem>();
        if (style.Dense && !(request.Age >= OlderAdultAge))
        {
            extras.AddRange(catalog.Extras(ExerciseKind.Conditioning, cap, index, 1).Select(e => new DraftItem(e, SlotRole.Conditioning, null, catalog.NextRule(e), style, shortSession)));
        }

        var mobilityGoal = request.Goals.Contains(TrainingGoal.Mobility);
        if (mobilityGoal || request.Age >= OlderAdultAge)
        {
            extras.AddRange(catalog.Extras(ExerciseKind.Balance, cap + 1, index, 1).Select(e => new DraftItem(e, SlotRole.Balance, null, null, style, shortSession)));
            // Older adults get a stretch too, unless the session is too short to hold more than the essentials.
            var stretches = mobilityGoal ? 2 : request.SessionMinutes > 30 ? 1 : 0;
            extras.AddRange(catalog.Extras(ExerciseKind.Mobility, 10, index, int.MaxValue).Where(e => warmUp.All(w => w.Slug != e.Slug)).Take(stretches).Select(e => new DraftItem(e, SlotRole.Mobility, null, null, style, shortSession)));
        }

        // Time the weekly ceilings leave over goes to mobility and balance practice, never to more hard sets.
        var coolDown = catalog.Extras(ExerciseKind.Mobility, 10, index + 7, int.MaxValue)
            .Select(e => new DraftItem(e, SlotRole.Mobility, null, null, style, shortSession))
            .Concat(catalog.Extras(ExerciseKind.Balance, cap + 1, index, 1).Select(e => new DraftItem(e, SlotRole.Balance, null, null, style, shortSession)))
            .Where(c => extras.All(x => x.Exercise.Id != c.Exercise.Id) && warmUp.All(w => w.Slug != c.Exercise.Slug))
            .ToList();
        return new SessionDraft(
            template.Name, candidates, extras, coolDown, warmUp, supersets: request.SessionMinutes <= SupersetSessionMinutes, circuits: style.Dense);
    }

    private static bool IsSkillSlot(Slot slot) =>
        slot.Patterns[0] is "straight-arm-push" or "straight-arm-pull" or "handstand-balance" or "hip-flexion-compression";

    /// <summary>The user's current variation for a slot's pattern, else the hardest exercise they can start on, cautiously.</summary>
    private static ExerciseInfo? Pick(PlanRequest request, PlanCatalog catalog, int cap, Slot slot, HashSet<string> used)
    {
        foreach (var pattern in slot.Patterns)
        {
            if (request.CurrentVariations.TryGetValue(pattern, out var currentId) &&
                catalog.Doable(currentId) is { } current && current.Pattern == pattern && Fits(slot, current) && !used.Contains(slot.Key(current)))
            {
                return current;
            }

            var best = catalog.StartingPoints(pattern, slot.Role)
                .FirstOrDefault(e => e.Difficulty <= cap && Fits(slot, e) && !used.Contains(slot.Key(e)));
            if (best is not null)
            {
                return best;
            }
        }

        return null;
    }

    /// <summary>Extension slots take lower-back hinges; plain hinge slots the others (bridges, hip thrusts, single-leg RDLs).</summary>
    private static bool Fits(Slot slot, ExerciseInfo exercise) =>
        exercise.Pattern != "hinge" || slot.Extension == exercise.PrimaryMuscles.Contains(Muscle.LowerBack);

    /// <summary>
    /// Where to start on the way to a skill: the current variation if it leads there, else the hardest step within the start cap
    /// that does (in the slot's kind of work), else whatever the slot's pattern offers.
    /// </summary>
    private static ExerciseInfo? StartToward(PlanRequest request, PlanCatalog catalog, int cap, Slot slot, ExerciseInfo skill, HashSet<string> used)
    {
        var leadsThere = catalog.StepsTo(skill.Id);
        if (request.CurrentVariations.TryGetValue(skill.Pattern, out var currentId) && leadsThere.ContainsKey(currentId) &&
            catalog.Doable(currentId) is { } current)
        {
            return current;
        }

        return leadsThere
                   .Select(kv => (Exercise: catalog.Doable(kv.Key), Steps: kv.Value))
                   .Where(c => c.Exercise is { Kind: ExerciseKind.Strength or ExerciseKind.SkillHold or ExerciseKind.Eccentric } &&
                               c.Exercise.Difficulty <= cap && !used.Contains(slot.Key(c.Exercise)) &&
                               SessionTemplates.RoleOf(c.Exercise.Pattern) == slot.Role)
                   .OrderByDescending(c => c.Exercise!.Difficulty).ThenBy(c => c.Steps).ThenBy(c => c.Exercise!.Slug, StringComparer.Ordinal)
                   .Select(c => c.Exercise)
                   .FirstOrDefault()
               ?? Pick(request, catalog, cap, slot, used);
    }

    private static PlannedSession Plan(SessionDraft draft, int week, DateOnly date, int block, int weekInBlock, TrainingStyle style)
    {
        var deload = weekInBlock == Blocks.WeeksPerBlock;
        var blockRpe = Blocks.BuildWeekRpe(block, weekInBlock);
        var groups = draft.Groups();
        var ordered = draft.Ordered();
        var sets = ordered.ToDictionary(i => i, i => Prescriptions.Sets(i.Exercise, i.Next, weekInBlock, i.Sets, i.RestSeconds, style, blockRpe));
        var exercises = ordered
            .Select((item, order) =>
            {
                var number = groups.FindIndex(g => g.Members.Contains(item));
                var group = number < 0 ? null : groups[number];
                // A group's member goes straight on to the next one in each round the later members also have; the rest
                // comes after the round.
                var rounds = group is null ? 0 : group.Members.SkipWhile(m => m != item).Skip(1).Select(m => sets[m].Count).DefaultIfEmpty(0).Max();
                return new PlannedExercise(
                    order + 1,
                    item.Exercise,
                    item.Role,
                    [.. sets[item].Select((set, i) => i < rounds ? set with { RestSeconds = 0 } : set)],
                    Notes(item, deload, group),
                    group is null ? null : new ExerciseGroup(number + 1, group.Kind));
            })
            .ToList();
        var seconds = WarmUps.Seconds(draft.WarmUp) + exercises.Sum(e => SessionDuration.Seconds(e.Exercise, e.Sets));
        return new PlannedSession(week, date, draft.Name, deload, draft.WarmUp, exercises, SessionDuration.Minutes(seconds));
    }

    private static string? Notes(DraftItem item, bool deload, DraftGroup? group)
    {
        var notes = new List<string>();
        if (group is { Kind: GroupKind.Superset })
        {
            notes.Add("Superset: alternate sets with its partner, resting after each pair.");
        }
        else if (group is { Kind: GroupKind.Circuit })
        {
            notes.Add("Circuit: one set of each exercise in turn, resting after each round.");
        }

        if (item.Exercise.PerSide)
        {
            notes.Add(item.Exercise.Unit == ExerciseUnit.HoldSeconds ? "Seconds are per side." : "Reps are per side.");
        }

        if (Prescriptions.HowTo(item.Exercise) is { } howTo)
        {
            notes.Add(howTo);
        }

        if (item.Skill is { } skill)
        {
            notes.Add(item.Exercise.Id == skill.Id ? $"Target skill: {skill.Name}." : $"Working toward {skill.Name}.");
        }

        if (deload && Prescriptions.SchemeFor(item.Exercise).HardSets)
        {
            notes.Add("Deload: same movements, fewer sets, stop well short of failure.");
        }

        return notes.Count > 0 ? string.Join(" ", notes) : null;
    }

    private static List<Mesocycle> Mesocycles(IReadOnlyList<string> focus, List<PlannedSession> sessions) =>
    [
        .. focus.Select((name, block) =>
        {
            var first = (block * Blocks.WeeksPerBlock) + 1;
            var weeks = Enumerable.Range(first, Blocks.WeeksPerBlock).Select(week =>
            {
                var weekInBlock = week - first + 1;
                var deload = weekInBlock == Blocks.WeeksPerBlock;
                var exercises = sessions.Where(s => s.Week == week).SelectMany(s => s.Exercises).ToList();
                return new WeekTargets(
                    week,
                    deload,
                    deload ? Blocks.DeloadRpe : Blocks.BuildWeekRpe(block, weekInBlock),
                    Count(exercises.Select(e => (e.Exercise.Pattern, e.Sets.Count))),
                    WeeklyVolume.HardSetsByMuscle(exercises.Select(e => (e.Exercise, e.Sets.Count))));
            }).ToList();
            return new Mesocycle(block + 1, name, first, first + Blocks.WeeksPerBlock - 1, weeks);
        }),
    ];

    private static SortedDictionary<string, int> Count(IEnumerable<(string Key, int Sets)> items)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, sets) in items)
        {
            counts[key] = counts.GetValueOrDefault(key) + sets;
        }

        return counts;
    }
}
