using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Coaching.Persistence;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Nutrition.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;

namespace CaliFlow.Modules.Coaching.Coach;

/// <summary>
/// The coach's window on the data, bound to one user on the server: no tool takes a user id, so neither a model nor a
/// question can reach another user's data. The same methods serve the embedded coach and, as <see cref="AIFunction"/>s, a model.
/// </summary>
internal sealed class CoachTools(
    Guid userId,
    IUsersQueries users,
    IProgrammingQueries programming,
    IProgressQueries progress,
    INutritionQueries nutrition,
    IExerciseCatalog catalog,
    CoachingDbContext db,
    TimeProvider time)
{
    private ExerciseLibrary? _library;
    private UserProfileSnapshot? _profile;
    private TrainingSummary? _summary;

    public Guid UserId => userId;

    /// <summary>The tools as functions a model can call (names and descriptions are what the model sees).</summary>
    public IList<AITool> AsAIFunctions() =>
    [
        AIFunctionFactory.Create(GetProfileAsync, "get_profile", "The user's training profile: level, goals, equipment, training days."),
        AIFunctionFactory.Create(GetTodayWorkoutAsync, "get_today_workout", "Today's training session (or the next one) with every exercise's prescription and any check-in adjustments."),
        AIFunctionFactory.Create(GetPlanWeekAsync, "get_plan_week", "Where the user is in their 12-week plan: week, block and its focus, whether this is a deload week and why, the next deload."),
        AIFunctionFactory.Create(GetSkillPathAsync, "get_skill_path", "The progression steps from the user's current exercise to a skill (e.g. 'muscle-up', 'front lever'), with what unlocks each step, through exercises the user's equipment allows or else with the equipment each step needs."),
        AIFunctionFactory.Create(GetSkillPlanAsync, "get_skill_plan", "A short week-by-week plan toward a skill from where the user is: sets, reps or holds, effort and rest per week, when to move on, how often to train it; or the equipment the way needs."),
        AIFunctionFactory.Create(GetExerciseCuesAsync, "get_exercise_cues", "How to do an exercise: instructions, form cues and common mistakes."),
        AIFunctionFactory.Create(GetNutritionTargetsAsync, "get_nutrition_targets", "The user's daily nutrition targets: energy, protein, fat, carbohydrate, fibre, water."),
        AIFunctionFactory.Create(GetStreakAndRecordsAsync, "get_streak_and_records", "The user's workout count, current and longest streak, and personal records."),
        AIFunctionFactory.Create(GetRecentWorkoutsAsync, "get_recent_workouts", "The user's latest logged workouts, newest first."),
        AIFunctionFactory.Create(GetRecentCheckInsAsync, "get_recent_check_ins", "The user's latest check-ins (sleep, energy, soreness, stress, motivation, difficulty 1-5; pain 0-10 by region) and the plan changes they caused."),
    ];

    public async Task<ProfileFacts?> GetProfileAsync(CancellationToken cancellationToken)
    {
        var p = await ProfileAsync(cancellationToken);
        return p is null
            ? null
            : new ProfileFacts(
                Kebab(p.Level), [.. p.Goals.Select(Kebab)], [.. p.Equipment.Select(Kebab)], p.TrainingDaysPerWeek, p.SessionMinutes,
                p.TimeZone, Kebab(p.UnitSystem), p.WeightKg);
    }

    public async Task<TodayWorkoutFacts> GetTodayWorkoutAsync(CancellationToken cancellationToken)
    {
        var today = await programming.GetTodayAsync(userId, cancellationToken);
        if (today is null)
        {
            return new TodayWorkoutFacts(await TodayAsync(cancellationToken), false, null, "No active plan yet: create one with POST /plans.");
        }

        var s = today.Session;
        return new TodayWorkoutFacts(
            today.Today,
            today.IsToday,
            s is null
                ? null
                : new SessionFacts(
                    s.Date, s.Name, s.Week, s.Deload,
                    [.. s.Exercises.Select(e => new ExerciseFacts(e.Name, e.Slug, e.Pattern, Prescription(e.Sets)))],
                    [.. s.Adjustments.Select(a => a.Reason)]),
            s is null ? "The plan has no session left: generate a new one with POST /plans." : null);
    }

    public async Task<PlanWeekFacts> GetPlanWeekAsync(CancellationToken cancellationToken)
    {
        var week = await programming.GetCurrentWeekAsync(userId, cancellationToken);
        return new PlanWeekFacts(week is not null, week, week is null ? "No active plan yet: create one with POST /plans." : null);
    }

    public async Task<SkillPathFacts> GetSkillPathAsync([Description("The skill or exercise, e.g. 'muscle-up', 'planche' or 'front lever'.")] string skill, CancellationToken cancellationToken)
    {
        var library = await LibraryAsync(cancellationToken);
        if (ExerciseNames.Targets(library, skill) is not [var target, ..])
        {
            return new SkillPathFacts(skill, null, null, [], [], [], NotASkill);
        }

        var route = await RouteAsync(library, target, cancellationToken);
        var steps = route.Path.Steps.Select((id, i) =>
        {
            var step = route.ById[id];
            return new SkillStepFacts(
                step.Name, step.Slug, step.Difficulty, i < route.Path.Rules.Count ? Describe(route.Path.Rules[i], step) : null, [.. route.Missing(step).Select(Kebab)]);
        }).ToList();
        return new SkillPathFacts(
            target.Name, target.Slug, route.Path.Current is { } c ? route.ById[c].Name : null, steps, [.. route.MissingOnPath.Select(Kebab)],
            [.. route.MissingBeforeStart(library).Select(Kebab)], null);
    }

    public async Task<SkillPlanFacts> GetSkillPlanAsync(
        [Description("The skill, e.g. 'planche' or 'front lever'.")] string skill,
        [Description("How many weeks, 1-12 (4 if unsure).")] int weeks,
        CancellationToken cancellationToken)
    {
        var library = await LibraryAsync(cancellationToken);
        if (ExerciseNames.Targets(library, skill) is not [var target, ..])
        {
            return new SkillPlanFacts(skill, null, null, false, HowOften, [], [], [], NotASkill);
        }

        var route = await RouteAsync(library, target, cancellationToken);
        if (route.MissingOnPath.Count > 0)
        {
            return new SkillPlanFacts(target.Name, target.Slug, null, false, HowOften, [], [], [.. route.MissingOnPath.Select(Kebab)],
                "The way to it needs equipment the profile does not list; once added (PATCH /me/profile), a plan can be made.");
        }

        var steps = route.Path.Steps.Select((id, i) => new PlanStep(route.ById[id], i < route.Path.Rules.Count ? route.Path.Rules[i] : null)).ToList();
        var first = steps[0].Exercise;
        var best = (await SummaryAsync(cancellationToken)).PersonalRecords.FirstOrDefault(r => r.ExerciseId == first.Id) is { } record
            ? first.Unit == ExerciseUnit.HoldSeconds ? record.BestHoldSeconds : record.BestReps
            : null;
        var planned = SkillPlans.Build(steps, best, Math.Clamp(weeks, 1, SkillPlans.MaxWeeks));
        var planSteps = planned.GroupBy(w => w.Exercise.Id).Select(g =>
        {
            var step = steps.First(s => s.Exercise.Id == g.Key);
            return new SkillPlanStepFacts(
                step.Exercise.Name,
                step.MoveOn is { } rule ? Describe(rule, step.Exercise) : null,
                [.. g.Select(w => new SkillPlanWeekFacts(w.Week, WeekPrescription(w), w.Test))]);
        }).ToList();
        var then = steps.Skip(planSteps.Count).Select(s => s.Exercise.Name).ToList();
        return new SkillPlanFacts(target.Name, target.Slug, first.Name, route.Path.Current is not null, HowOften, planSteps, then, [], null);
    }

    private const string NotASkill = "That is not an exercise in the library; try a name such as muscle-up, front lever, planche, handstand or pistol squat.";

    // Overcoming Gravity (Steven Low, 2nd ed., 2016): skill work and static holds come first in the session, after the
    // warm-up, while the nervous system is fresh, and are trained 2-3 times a week.
    private const string HowOften =
        "2-3 sessions a week on non-consecutive days, first in the session right after the warm-up while you are fresh " +
        "(skill and static-hold work is trained unfatigued: Steven Low, Overcoming Gravity)";

    // Rest as the plan's skill block gives it (150 s): holds near the limit need full recovery between sets.
    private static string WeekPrescription(PlannedWeek week)
    {
        var side = week.Exercise.PerSide ? " per side" : "";
        var what = week.Amount is not { } amount
            ? $"{week.Sets} sets of your best clean {(week.Exercise.Unit == ExerciseUnit.HoldSeconds ? "holds" : "reps")}{side} at RPE {week.Rpe}"
            : week.Exercise.Unit == ExerciseUnit.HoldSeconds
                ? $"{week.Sets} × {amount} s holds{side} at RPE {(week.Test ? "≤ " : "")}{week.Rpe}"
                : $"{week.Sets} × {amount} reps{side} at RPE {(week.Test ? "≤ " : "")}{week.Rpe}";
        return string.Create(CultureInfo.InvariantCulture, $"{what}, rest 2-3 min{(week.Test ? ": the move-on test" : "")}");
    }

    /// <summary>
    /// The way shown to a skill: through exercises the user's equipment allows when that way leads to the skill (more than
    /// the skill alone, or the library has nothing easier either); otherwise the library's way, with what each step needs.
    /// </summary>
    private async Task<Route> RouteAsync(ExerciseLibrary library, ExerciseInfo target, CancellationToken cancellationToken)
    {
        var available = (await ProfileAsync(cancellationToken))?.Equipment ?? [];
        var training = await TrainingAsync(cancellationToken);
        var anyEquipment = SkillPaths.Find(library, target.Id, training);
        var path = anyEquipment;
        if (target.DoableWith(available))
        {
            var doable = SkillPaths.Find(library, target.Id, training, available);
            if (doable.Steps.Count > 1 || anyEquipment.Steps.Count == 1)
            {
                path = doable;
            }
        }

        return new Route(path, library.Exercises.ToDictionary(e => e.Id), available);
    }

    private sealed record Route(SkillPath Path, Dictionary<Guid, ExerciseInfo> ById, IReadOnlyCollection<Equipment> Available)
    {
        public IReadOnlyList<Equipment> Missing(ExerciseInfo exercise) => SkillPaths.Missing(exercise, Available);

        public IReadOnlyList<Equipment> MissingOnPath => [.. Path.Steps.SelectMany(id => Missing(ById[id])).Distinct()];

        // A way that fits the equipment starts where every easier step needs something missing: the least of that, so the
        // user knows what would let them start earlier (nothing when they already train a step on the way).
        public IReadOnlyList<Equipment> MissingBeforeStart(ExerciseLibrary library) =>
            Path.Current is not null || MissingOnPath.Count > 0
                ? []
                : library.Progressions.Where(p => p.ToId == Path.Steps[0]).Select(p => Missing(ById[p.FromId])).MinBy(m => m.Count) ?? [];
    }

    // What the user trains now: today's session and the latest logs.
    private async Task<List<Guid>> TrainingAsync(CancellationToken cancellationToken)
    {
        var training = new List<Guid>();
        if (await programming.GetTodayAsync(userId, cancellationToken) is { Session: { } session })
        {
            training.AddRange(session.Exercises.Select(e => e.ExerciseId));
        }

        training.AddRange((await SummaryAsync(cancellationToken)).RecentWorkouts.SelectMany(w => w.Exercises).Select(e => e.ExerciseId));
        return training;
    }

    private async Task<TrainingSummary> SummaryAsync(CancellationToken cancellationToken) =>
        _summary ??= await progress.GetTrainingSummaryAsync(userId, 10, cancellationToken);

    public async Task<ExerciseCueFacts?> GetExerciseCuesAsync([Description("The exercise name or slug, e.g. 'pistol squat'.")] string exercise, CancellationToken cancellationToken)
    {
        var library = await LibraryAsync(cancellationToken);
        var found = ExerciseNames.Named(library, exercise) is [var first, ..] ? first : null;
        var guidance = found is null ? null : await catalog.GetGuidanceAsync(found.Id, cancellationToken);
        return guidance is null
            ? null
            : new ExerciseCueFacts(guidance.Exercise.Name, guidance.Exercise.Slug, guidance.Exercise.Pattern, guidance.Instructions, guidance.Cues, guidance.CommonMistakes);
    }

    public async Task<NutritionFacts> GetNutritionTargetsAsync(CancellationToken cancellationToken)
    {
        var t = await nutrition.GetTargetsAsync(userId, cancellationToken);
        return t is null
            ? new NutritionFacts(false, null, null, null, null, null, null, null,
                "No nutrition targets yet: they are computed once the profile has sex, date of birth, height and weight (PATCH /me/profile).")
            : new NutritionFacts(true, t.Goal, t.EnergyKcal, t.ProteinG, t.FatG, t.CarbohydrateG, t.FibreG, t.WaterMl, null);
    }

    public async Task<StreakFacts> GetStreakAndRecordsAsync(CancellationToken cancellationToken)
    {
        var summary = await progress.GetTrainingSummaryAsync(userId, 0, cancellationToken);
        var library = await LibraryAsync(cancellationToken);
        var names = library.Exercises.ToDictionary(e => e.Id, e => e.Name);
        return new StreakFacts(
            summary.Workouts,
            summary.CurrentStreakDays,
            summary.LongestStreakDays,
            [.. summary.PersonalRecords.OrderByDescending(r => r.LastImprovedOn).Take(10)
                .Select(r => new RecordFacts(names.GetValueOrDefault(r.ExerciseId, "an exercise"), r.BestReps, r.BestHoldSeconds, r.BestLoadKg, r.LastImprovedOn))]);
    }

    public async Task<IReadOnlyList<RecentWorkoutFacts>> GetRecentWorkoutsAsync([Description("How many, 1-10.")] int count, CancellationToken cancellationToken)
    {
        var summary = await progress.GetTrainingSummaryAsync(userId, Math.Clamp(count, 1, 10), cancellationToken);
        var library = await LibraryAsync(cancellationToken);
        var names = library.Exercises.ToDictionary(e => e.Id, e => e.Name);
        return [.. summary.RecentWorkouts.Select(w => new RecentWorkoutFacts(
            w.PerformedOn, w.DurationMinutes, w.Feeling, w.AverageRpe,
            [.. w.Exercises.Select(e => $"{names.GetValueOrDefault(e.ExerciseId, e.Pattern)}: {e.Sets} sets" + (e.TotalReps > 0 ? $", {e.TotalReps} reps" : "") + (e.TotalHoldSeconds > 0 ? $", {e.TotalHoldSeconds} s held" : ""))]))];
    }

    public async Task<IReadOnlyList<CheckInFacts>> GetRecentCheckInsAsync(CancellationToken cancellationToken)
    {
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.UserId == userId)
            .OrderByDescending(c => c.Date).Take(4).ToListAsync(cancellationToken);
        return [.. checkIns.Select(c => new CheckInFacts(
            c.Date, c.Sleep, c.Energy, c.Soreness, c.Stress, c.Motivation, c.PerceivedDifficulty, c.BodyWeightKg, c.Pain,
            [.. c.Adjustments.Select(a => a.Reason)]))];
    }

    /// <summary>The live exercise library (names, patterns, the progression graph).</summary>
    public async Task<ExerciseLibrary> LibraryAsync(CancellationToken cancellationToken) =>
        _library ??= await catalog.GetLibraryAsync(cancellationToken);

    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken) =>
        LocalClock.Today(time, (await ProfileAsync(cancellationToken))?.TimeZone ?? "UTC");

    private async Task<UserProfileSnapshot?> ProfileAsync(CancellationToken cancellationToken) =>
        _profile ??= await users.GetProfileAsync(userId, cancellationToken);

    private static string Kebab<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static string Prescription(IReadOnlyList<PrescribedSet> sets)
    {
        if (sets.Count == 0)
        {
            return "no sets";
        }

        var first = sets[0];
        var amount = first.HoldSeconds is { } hold ? $"{hold} s hold" : $"{first.Reps} reps";
        var same = sets.All(s => s.Reps == first.Reps && s.HoldSeconds == first.HoldSeconds);
        var tempo = first.Tempo is null ? "" : $", tempo {first.Tempo}";
        return same
            ? string.Create(CultureInfo.InvariantCulture, $"{sets.Count} × {amount} at RPE {first.TargetRpe}, rest {first.RestSeconds} s{tempo}")
            : string.Create(CultureInfo.InvariantCulture, $"{sets.Count} sets ({string.Join(", ", sets.Select(s => s.HoldSeconds is { } h ? $"{h} s" : $"{s.Reps}"))}) at RPE {first.TargetRpe}, rest {first.RestSeconds} s{tempo}");
    }

    /// <summary>An unlock rule in words, e.g. "3 × 10 s holds at RPE ≤ 8 in 2 sessions within 14 days".</summary>
    private static string Describe(UnlockRule rule, ExerciseInfo exercise)
    {
        var amount = rule.HoldSeconds is { } hold ? $"{hold} s holds" : $"{rule.Reps} reps";
        var side = exercise.PerSide ? " per side" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{rule.Sets} × {amount}{side} at RPE ≤ {rule.MaxRpe} in {rule.Sessions} sessions within {rule.WithinDays} days");
    }
}
