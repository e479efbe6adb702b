using System.Text.Json;
using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Programming.Planning;
using CaliFlow.Modules.Users.Contracts;
using Shouldly;

namespace CaliFlow.UnitTests.Programming;

/// <summary>Properties every generated plan must have, checked over a broad grid of profiles (what a coach would check).</summary>
public sealed class PlanGeneratorTests
{
    private static readonly DateOnly Start = new(2026, 11, 25); // a Wednesday

    private static readonly Equipment[][] EquipmentSets =
    [
        [],
        [Equipment.PullUpBar],
        [Equipment.Rings, Equipment.Parallettes],
        [Equipment.PullUpBar, Equipment.DipBars, Equipment.Rings, Equipment.Parallettes, Equipment.Wall, Equipment.ResistanceBand, Equipment.BoxOrBench],
    ];

    private static readonly string[][] SkillSets = [[], ["front-lever"], ["full-planche", "pistol-squat"], ["human-flag", "v-sit", "muscle-up"]];

    private static readonly TrainingGoal[][] GoalSets =
    [
        [TrainingGoal.Strength], [TrainingGoal.Muscle, TrainingGoal.Skills], [TrainingGoal.FatLoss], [TrainingGoal.Endurance],
        [TrainingGoal.Mobility], [TrainingGoal.Skills],
    ];

    private static readonly int[] Ages = [24, 41, 58, 69];

    private static readonly DayOfWeek[] Week = Enum.GetValues<DayOfWeek>();

    // Written out here rather than read from the generator's tables, so a pattern moved to the wrong side there fails the tests.
    private static readonly string[] Pushing = ["horizontal-push", "vertical-push", "dip", "straight-arm-push", "handstand-balance"];
    private static readonly string[] Pulling = ["horizontal-pull", "vertical-pull", "straight-arm-pull", "transition", "grip-hang"];

    /// <summary>Sets that count as the week's pushing or pulling: drills moving under 20 % of body weight do not (README).</summary>
    private static int LoadedSets(IEnumerable<PlannedExercise> exercises, string[] patterns) =>
        exercises.Where(e => patterns.Contains(e.Exercise.Pattern) && e.Exercise.BodyweightFraction >= 0.2m).Sum(e => e.Sets.Count);

    /// <summary>Weekly hard sets per primary muscle (README): 12 beginners, 16 intermediate, 20 advanced, 4 more for a muscle goal.</summary>
    private static int HardSetCeiling(TrainingLevel level, IReadOnlyList<TrainingGoal> goals) =>
        (level == TrainingLevel.Beginner ? 12 : level == TrainingLevel.Intermediate ? 16 : 20) + (goals.Contains(TrainingGoal.Muscle) ? 4 : 0);

    /// <summary>Hard sets per primary muscle: mobility, balance and conditioning sets are not hard sets.</summary>
    private static Dictionary<Muscle, int> HardSets(IEnumerable<PlannedExercise> exercises) =>
        exercises.Where(e => e.Exercise.Kind is not (ExerciseKind.Mobility or ExerciseKind.Balance or ExerciseKind.Conditioning))
            .SelectMany(e => e.Exercise.PrimaryMuscles.Select(m => (Muscle: m, e.Sets.Count)))
            .GroupBy(x => x.Muscle).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));

    /// <summary>The hardest start without an assessment (README): 2 beginners, 4 intermediate, 6 advanced, one lower from 60, never below 2.</summary>
    private static int StartCap(TrainingLevel level, int? age)
    {
        var cap = level == TrainingLevel.Beginner ? 2 : level == TrainingLevel.Intermediate ? 4 : 6;
        return age >= 60 ? Math.Max(2, cap - 1) : cap;
    }

    /// <summary>Balance every session, RPE 7 at most and no jumps from this age (README, after WHO 2020).</summary>
    private const int OlderAdult = 65;

    private static IEnumerable<PlanRequest> Profiles()
    {
        var i = 0;
        foreach (var level in Enum.GetValues<TrainingLevel>())
        {
            foreach (var days in new[] { 2, 3, 4, 5, 6 })
            {
                foreach (var equipment in EquipmentSets)
                {
                    foreach (var minutes in new[] { 30, 45, 60, 75, 90 })
                    {
                        i++;
                        var preferred = Week.Skip(i % 2).Take(days).ToArray();
                        yield return new PlanRequest(
                            level, GoalSets[i % GoalSets.Length], equipment, days, preferred, minutes, Start, SkillSets[i % SkillSets.Length],
                            new Dictionary<string, Guid>(), Ages[(i / 2) % Ages.Length]);
                    }
                }
            }
        }
    }

    private static readonly Lazy<List<(PlanRequest Request, GeneratedPlan Plan)>> All =
        new(() => [.. Profiles().Select(r => (r, PlanGenerator.Generate(r, SeedLibrary.Instance)))]);

    private static List<(PlanRequest Request, GeneratedPlan Plan)> Plans() => All.Value;

    [Fact]
    public void Every_week_trains_push_pull_squat_hinge_and_core_and_pulls_at_least_as_much_as_it_pushes()
    {
        foreach (var (request, plan) in Plans())
        {
            foreach (var week in plan.Sessions.GroupBy(s => s.Week))
            {
                var exercises = week.SelectMany(s => s.Exercises).ToList();
                int Sets(params string[] patterns) => exercises.Where(e => patterns.Contains(e.Exercise.Pattern)).Sum(e => e.Sets.Count);
                var push = LoadedSets(exercises, Pushing);
                var pull = LoadedSets(exercises, Pulling);
                var where = $"week {week.Key} of {Describe(request)}";

                push.ShouldBeGreaterThan(0, where);
                if (week.Key % 4 != 0) // a deload keeps two sets of everything, so only build weeks are balanced by sets
                {
                    pull.ShouldBeGreaterThanOrEqualTo(push, where);
                }
                Sets("squat", "single-leg").ShouldBeGreaterThan(0, $"squat, {where}");
                Sets("hinge", "knee-flexion").ShouldBeGreaterThan(0, $"hinge, {where}");
                Sets("core-anti-extension", "core-anti-rotation", "lateral-core", "core-flexion").ShouldBeGreaterThan(0, $"core, {where}");
            }
        }
    }

    [Fact]
    public void Weekly_hard_sets_per_primary_muscle_stay_under_the_ceiling_for_the_level()
    {
        foreach (var (request, plan) in Plans())
        {
            var cap = HardSetCeiling(request.Level, request.Goals);
            foreach (var week in plan.Sessions.GroupBy(s => s.Week))
            {
                var sets = HardSets(week.SelectMany(s => s.Exercises));
                sets.ShouldNotBeEmpty();
                sets.EachShouldBe(kv => kv.Value <= cap, $"week {week.Key} of {Describe(request)}: {string.Join(", ", sets)}");
            }

            plan.Mesocycles.SelectMany(m => m.Weeks).EachShouldBe(w => w.HardSetsByMuscle.Values.All(v => v <= cap));
        }
    }

    [Fact]
    public void Build_week_sessions_last_the_profile_minutes_within_ten_percent_and_deloads_never_overrun()
    {
        foreach (var (request, plan) in Plans())
        {
            // Up to the longest session the level's weekly ceilings fill with useful work; the plan says which minutes it used.
            var minutes = WeeklyVolume.SessionMinutes(request);
            minutes.ShouldBe(request.Level == TrainingLevel.Beginner ? Math.Min(60, request.SessionMinutes) : request.SessionMinutes);
            foreach (var session in plan.Sessions)
            {
                var where = $"{session.Name} week {session.Week} ({session.EstimatedMinutes} min) of {Describe(request)}";
                session.EstimatedMinutes.ShouldBeLessThanOrEqualTo((int)Math.Ceiling(minutes * 1.1), where);
                if (!session.Deload)
                {
                    session.EstimatedMinutes.ShouldBeGreaterThanOrEqualTo((int)Math.Floor(minutes * 0.9), where);
                }

                var seconds = WarmUps.Seconds(session.WarmUp) + session.Exercises.Sum(e => SessionDuration.Seconds(e.Exercise, e.Sets));
                session.EstimatedMinutes.ShouldBe(SessionDuration.Minutes(seconds));
            }
        }
    }

    [Fact]
    public void Every_session_starts_with_a_warm_up_of_five_to_ten_minutes()
    {
        foreach (var (request, plan) in Plans())
        {
            plan.Sessions.EachShouldBe(s => WarmUps.Seconds(s.WarmUp) >= 300 && WarmUps.Seconds(s.WarmUp) <= 600, Describe(request));
        }
    }

    [Fact]
    public void Only_exercises_the_user_can_do_with_their_equipment()
    {
        foreach (var (request, plan) in Plans())
        {
            plan.Sessions.SelectMany(s => s.Exercises).EachShouldBe(e => e.Exercise.DoableWith(request.Equipment), Describe(request));
            var warmUps = plan.Sessions.SelectMany(s => s.WarmUp).Select(w => SeedLibrary.Exercise(w.Slug));
            warmUps.EachShouldBe(e => e.DoableWith(request.Equipment), Describe(request));
        }
    }

    [Fact]
    public void Short_sessions_superset_a_push_with_a_pull_and_conditioning_goals_run_core_and_conditioning_as_a_circuit()
    {
        var supersets = 0;
        var circuits = 0;
        foreach (var (request, plan) in Plans())
        {
            foreach (var session in plan.Sessions)
            {
                var groups = session.Exercises.Where(e => e.Group is not null).GroupBy(e => e.Group!.Number).ToList();
                groups.Select(g => g.Key).ShouldBe(Enumerable.Range(1, groups.Count));
                foreach (var members in groups.Select(g => g.ToList()))
                {
                    var where = $"{session.Name} of {Describe(request)}";
                    members.Select(m => m.Order).ShouldBe(Enumerable.Range(members[0].Order, members.Count), $"side by side: {where}");
                    for (var m = 0; m < members.Count; m++)
                    {
                        // Straight on to a later member in every round one has; the rest after the round.
                        var rounds = members.Skip(m + 1).Select(later => later.Sets.Count).DefaultIfEmpty(0).Max();
                        members[m].Sets.Select(s => s.RestSeconds == 0).ShouldBe(members[m].Sets.Select((_, i) => i < rounds), where);
                    }

                    if (members[0].Group!.Kind == GroupKind.Superset)
                    {
                        supersets++;
                        request.SessionMinutes.ShouldBeLessThanOrEqualTo(PlanGenerator.SupersetSessionMinutes);
                        members.Select(m => m.Role).ShouldBe([SlotRole.Push, SlotRole.Pull], where);
                        members.EachShouldBe(m => m.Exercise.Kind != ExerciseKind.SkillHold && m.Notes!.Contains("Superset"), where);
                    }
                    else
                    {
                        circuits++;
                        members[0].Group!.Kind.ShouldBe(GroupKind.Circuit);
                        (request.Goals.Contains(TrainingGoal.FatLoss) || request.Goals.Contains(TrainingGoal.Endurance)).ShouldBeTrue(where);
                        members.Count.ShouldBeGreaterThanOrEqualTo(2);
                        members.EachShouldBe(m => m.Role == SlotRole.Core || m.Role == SlotRole.Conditioning, where);
                    }
                }

                // Rest only ever drops to nothing inside a group.
                session.Exercises.Where(e => e.Group is null && e.Exercise.Kind is ExerciseKind.Strength or ExerciseKind.Conditioning)
                    .EachShouldBe(e => e.Sets.All(s => s.RestSeconds > 0), session.Name);
            }
        }

        supersets.ShouldBeGreaterThan(0);
        circuits.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Skill_work_comes_first_negatives_stay_short_and_tempo_only_goes_on_controlled_strength_reps()
    {
        foreach (var (request, plan) in Plans())
        {
            foreach (var session in plan.Sessions)
            {
                var skill = session.Exercises.Select(e => e.Exercise.Kind == ExerciseKind.SkillHold || e.Notes?.Contains("Target skill") == true ||
                                                          e.Notes?.Contains("Working toward") == true).ToList();
                var firstOther = skill.IndexOf(false);
                if (firstOther >= 0)
                {
                    skill.Skip(firstOther).ShouldNotContain(true, $"{session.Name}: {string.Join(", ", session.Exercises.Select(e => e.Exercise.Slug))}");
                }

                foreach (var exercise in session.Exercises)
                {
                    if (exercise.Exercise.Kind == ExerciseKind.Eccentric)
                    {
                        exercise.Sets.EachShouldBe(s => s.Reps <= 5, exercise.Exercise.Slug);
                    }

                    if (exercise.Exercise.Kind is ExerciseKind.Plyometric or ExerciseKind.Conditioning or ExerciseKind.Mobility or ExerciseKind.Balance)
                    {
                        exercise.Sets.EachShouldBe(s => s.Tempo == null, exercise.Exercise.Slug);
                    }

                    if (exercise.Exercise.Kind == ExerciseKind.SkillHold)
                    {
                        exercise.Sets.EachShouldBe(s => s.RestSeconds >= 120, exercise.Exercise.Slug);
                    }
                }

                session.Exercises.Where(e => e.Exercise.Kind is ExerciseKind.Strength or ExerciseKind.SkillHold or ExerciseKind.Eccentric or ExerciseKind.Plyometric)
                    .GroupBy(e => e.Exercise.Pattern == "hinge" && e.Exercise.PrimaryMuscles.Contains(Muscle.LowerBack) ? "extension" : e.Exercise.Pattern)
                    .EachShouldBe(g => g.Count() == 1, $"one exercise per pattern: {session.Name} of {Describe(request)}");
            }
        }
    }

    [Fact]
    public void Following_the_plan_reaches_each_exercise_unlock_rule_in_the_last_two_build_weeks_of_every_block()
    {
        foreach (var (request, plan) in Plans().Where((_, i) => i % 3 == 0))
        {
            foreach (var session in plan.Sessions.Where(s => (s.Week - 1) % 4 is 1 or 2))
            {
                foreach (var exercise in session.Exercises)
                {
                    var rule = Prescriptions.NextRule(exercise.Exercise, SeedLibrary.Instance);
                    if (rule is null || !Prescriptions.SchemeFor(exercise.Exercise).HardSets)
                    {
                        continue;
                    }

                    var meeting = exercise.Sets.Count(s => (rule.Reps is { } reps ? s.Reps >= reps : s.HoldSeconds >= rule.HoldSeconds) && s.TargetRpe <= rule.MaxRpe);
                    meeting.ShouldBeGreaterThanOrEqualTo(rule.Sets, $"{exercise.Exercise.Slug} week {session.Week} of {Describe(request)}");
                }
            }
        }
    }

    [Fact]
    public void Exercises_stay_put_all_plan_long_and_start_cautiously_without_an_assessment()
    {
        foreach (var (request, plan) in Plans())
        {
            var cap = StartCap(request.Level, request.Age);
            var weeks = plan.Sessions.GroupBy(s => s.Week).Select(g => g.Select(s => s.Exercises.Select(e => e.Exercise.Id).Order().ToList()).ToList()).ToList();
            weeks.EachShouldBe(w => w.Zip(weeks[0]).All(pair => pair.First.SequenceEqual(pair.Second)), Describe(request));

            var skillIds = request.TargetSkills.Select(SeedLibrary.Exercise).Select(s => s.Id).ToHashSet();
            plan.Sessions.SelectMany(s => s.Exercises)
                .Where(e => e.Notes?.Contains("Working toward") != true && e.Notes?.Contains("Target skill") != true)
                .EachShouldBe(e => e.Exercise.Difficulty <= cap || e.Exercise.Kind == ExerciseKind.Mobility || e.Exercise.Kind == ExerciseKind.Balance, Describe(request));
            skillIds.ShouldNotBeNull();
        }

        StartCap(TrainingLevel.Beginner, 30).ShouldBeLessThan(SeedLibrary.Exercise("push-up").Difficulty);
    }

    [Fact]
    public void Each_deload_week_has_less_volume_and_effort_than_every_build_week_of_its_block()
    {
        foreach (var (request, plan) in Plans())
        {
            plan.Mesocycles.Count.ShouldBe(3);
            foreach (var block in plan.Mesocycles)
            {
                block.Weeks.Count.ShouldBe(4);
                block.Weeks[^1].Deload.ShouldBeTrue();
                var volume = block.Weeks.ToDictionary(w => w.Week, w => w.SetsByPattern.Values.Sum());
                block.Weeks.Where(w => !w.Deload).EachShouldBe(w => volume[w.Week] > volume[block.LastWeek], Describe(request));
                var deloadRpe = block.Weeks[3].TargetRpe;
                block.Weeks.Where(w => !w.Deload).EachShouldBe(w => w.TargetRpe > deloadRpe);
            }

            plan.Sessions.SelectMany(s => s.Exercises).SelectMany(e => e.Sets).EachShouldBe(s => s.TargetRpe <= 8, Describe(request));
        }
    }

    [Fact]
    public void Goals_and_age_change_the_sessions()
    {
        foreach (var (request, plan) in Plans())
        {
            var kinds = plan.Sessions.Where(s => !s.Deload).Select(s => s.Exercises.Select(e => e.Exercise.Kind).ToList()).ToList();
            var sets = plan.Sessions.SelectMany(s => s.Exercises).SelectMany(e => e.Sets).ToList();
            if (request.Goals.Contains(TrainingGoal.Mobility))
            {
                kinds.EachShouldBe(k => k.Count(x => x == ExerciseKind.Mobility) >= 2, Describe(request));
                kinds.EachShouldBe(k => k.Contains(ExerciseKind.Balance), Describe(request));
            }

            if (request.Age >= OlderAdult)
            {
                kinds.EachShouldBe(k => k.Contains(ExerciseKind.Balance) && !k.Contains(ExerciseKind.Plyometric), Describe(request));
                sets.EachShouldBe(s => s.TargetRpe <= 7, Describe(request));
            }

            if (request.Goals.Contains(TrainingGoal.FatLoss) && !(request.Age >= OlderAdult))
            {
                kinds.EachShouldBe(k => k.Contains(ExerciseKind.Conditioning), Describe(request));
            }
        }
    }

    [Fact]
    public void The_same_request_always_gives_the_same_plan()
    {
        foreach (var request in Profiles().Where((_, i) => i % 9 == 0))
        {
            var first = JsonSerializer.Serialize(PlanGenerator.Generate(request, SeedLibrary.Instance), JsonDefaults.Options);
            var second = JsonSerializer.Serialize(PlanGenerator.Generate(request, SeedLibrary.Instance), JsonDefaults.Options);
            second.ShouldBe(first);
        }
    }

    [Fact]
    public void A_target_skill_is_practised_first_from_a_doable_step_and_never_advanced_by_the_calendar()
    {
        var request = new PlanRequest(
            TrainingLevel.Advanced, [TrainingGoal.Skills], [Equipment.Rings, Equipment.Parallettes, Equipment.Wall], 5,
            [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Saturday], 75, Start,
            ["front-lever", "straddle-planche"], new Dictionary<string, Guid>(), 31);

        var plan = PlanGenerator.Generate(request, SeedLibrary.Instance);

        var planche = plan.Sessions.SelectMany(s => s.Exercises).Where(e => e.Notes?.Contains("Straddle planche") == true).ToList();
        planche.ShouldNotBeEmpty();
        planche.Select(e => e.Exercise.Id).Distinct().Count().ShouldBe(1); // the same step in week 12 as in week 1
        planche[0].Exercise.Difficulty.ShouldBeLessThan(SeedLibrary.Exercise("straddle-planche").Difficulty);
        plan.Sessions.Where(s => s.Exercises.Any(e => e.Notes?.Contains("Straddle planche") == true))
            .EachShouldBe(s => s.Exercises[0].Notes!.Contains("Working toward") || s.Exercises[0].Exercise.Kind == ExerciseKind.SkillHold);
        plan.Sessions.Where(s => s.Week == 1).Count(s => s.Exercises.Any(e => e.Notes?.Contains("Straddle planche") == true))
            .ShouldBeLessThanOrEqualTo(3, "a target skill is practised in up to three sessions a week");
        plan.Mesocycles[2].Focus.ShouldBe("skill");
    }

    [Fact]
    public void A_current_variation_is_used_for_its_pattern()
    {
        var archer = SeedLibrary.Exercise("archer-pull-up");
        var request = new PlanRequest(
            TrainingLevel.Beginner, [], EquipmentSets[1], 3, [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], 45, Start, [],
            new Dictionary<string, Guid> { ["vertical-pull"] = archer.Id });

        var plan = PlanGenerator.Generate(request, SeedLibrary.Instance);

        plan.Sessions.Where(s => s.Week == 1).SelectMany(s => s.Exercises).ShouldContain(e => e.Exercise.Id == archer.Id);
        plan.Sessions.SelectMany(s => s.Exercises).Where(e => e.Exercise.Pattern == "vertical-pull").EachShouldBe(e => e.Exercise.Id == archer.Id);
    }

    [Fact]
    public void A_beginner_with_no_equipment_gets_one_push_up_variation_per_session_and_a_real_row()
    {
        var request = new PlanRequest(
            TrainingLevel.Beginner, [TrainingGoal.Strength], [], 3, [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], 45, Start, [],
            new Dictionary<string, Guid>(), 30);

        var plan = PlanGenerator.Generate(request, SeedLibrary.Instance);

        plan.Sessions.EachShouldBe(s => s.Exercises.Count(e => e.Exercise.Pattern == "horizontal-push") <= 1);
        plan.Sessions.SelectMany(s => s.Exercises).ShouldContain(e => e.Exercise.Pattern == "horizontal-pull" && e.Exercise.BodyweightFraction >= 0.2m);
        plan.Sessions.SelectMany(s => s.Exercises).ShouldNotContain(e => e.Exercise.Slug == "push-up");
    }

    [Theory]
    [InlineData(new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday }, 3,
        new[] { DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday })]
    [InlineData(new[] { DayOfWeek.Sunday, DayOfWeek.Monday }, 2, new[] { DayOfWeek.Monday, DayOfWeek.Sunday })]
    public void Training_days_are_the_preferred_ones_spread_over_the_week(DayOfWeek[] preferred, int days, DayOfWeek[] expected) =>
        PlanGenerator.TrainingDays(preferred, days).ShouldBe(expected);

    private static string Describe(PlanRequest r) =>
        $"{r.Level}, age {r.Age}, goals [{string.Join(",", r.Goals)}], {r.DaysPerWeek} days, {r.SessionMinutes} min, " +
        $"equipment [{string.Join(",", r.Equipment)}], skills [{string.Join(",", r.TargetSkills)}]";
}
