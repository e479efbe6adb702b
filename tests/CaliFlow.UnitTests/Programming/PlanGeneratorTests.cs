using System.Text.Json;
using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Training;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Planning;
using CaliFlow.Modules.Users.Contracts;
using Shouldly;

namespace CaliFlow.UnitTests.Programming;

/// <summary>Properties every generated plan must have, checked over a broad grid of profiles.</summary>
public sealed class PlanGeneratorTests
{
    private static readonly DateOnly Start = new(2026, 11, 25); // a Wednesday

    private static readonly Equipment[][] EquipmentSets =
    [
        [],
        [Equipment.PullUpBar],
        [Equipment.PullUpBar, Equipment.DipBars, Equipment.Rings, Equipment.Parallettes, Equipment.Wall, Equipment.ResistanceBand, Equipment.BoxOrBench],
    ];

    private static readonly string[][] SkillSets = [[], ["front-lever"], ["full-planche", "pistol-squat"], ["human-flag", "v-sit", "muscle-up"]];

    private static readonly DayOfWeek[] AllDays = Enum.GetValues<DayOfWeek>();

    private static IEnumerable<PlanRequest> Profiles()
    {
        foreach (var level in Enum.GetValues<TrainingLevel>())
        {
            foreach (var days in new[] { 2, 3, 4, 5, 6 })
            {
                foreach (var (equipment, e) in EquipmentSets.Select((q, i) => (q, i)))
                {
                    foreach (var minutes in new[] { 30, 45, 75 })
                    {
                        var skills = SkillSets[(days + e + minutes) % SkillSets.Length];
                        var goals = (days % 3) switch
                        {
                            0 => new[] { TrainingGoal.Strength },
                            1 => [TrainingGoal.Muscle, TrainingGoal.Skills],
                            _ => [TrainingGoal.Endurance, TrainingGoal.FatLoss],
                        };
                        // Preferred days: exactly as many as wanted, or more (spread), or fewer (then fewer sessions).
                        var preferred = AllDays.Skip((days + minutes) % 3).Take(Math.Min(7, days + ((minutes % 4) - 1))).ToArray();
                        yield return new PlanRequest(level, goals, equipment, days, preferred, minutes, Start, skills, new Dictionary<string, Guid>());
                    }
                }
            }
        }
    }

    private static IEnumerable<(PlanRequest Request, GeneratedPlan Plan)> Plans() =>
        Profiles().Select(r => (r, PlanGenerator.Generate(r, SeedLibrary.Instance)));

    [Fact]
    public void Every_week_pulls_as_many_sets_as_it_pushes_and_trains_legs_and_core()
    {
        foreach (var (request, plan) in Plans())
        {
            foreach (var week in plan.Sessions.GroupBy(s => s.Week))
            {
                var sets = week.SelectMany(s => s.Exercises).ToList();
                int Sets(Func<string, bool> pattern) => sets.Where(e => pattern(e.Exercise.Pattern)).Sum(e => e.Sets.Count);

                var push = Sets(SessionTemplates.PushPatterns.Contains);
                var pull = Sets(SessionTemplates.PullPatterns.Contains);
                push.ShouldBe(pull, $"week {week.Key} of {Describe(request)}");
                push.ShouldBeGreaterThan(0, Describe(request));
                Sets(SessionTemplates.LegPatterns.Contains).ShouldBeGreaterThan(0, $"legs, week {week.Key} of {Describe(request)}");
                Sets(p => SessionTemplates.RoleOf(p) == SlotRole.Core).ShouldBeGreaterThan(0, $"core, week {week.Key} of {Describe(request)}");
            }
        }
    }

    [Fact]
    public void Each_deload_week_has_less_volume_than_every_build_week_of_its_block()
    {
        foreach (var (request, plan) in Plans())
        {
            plan.Mesocycles.Count.ShouldBe(3);
            foreach (var block in plan.Mesocycles)
            {
                block.Weeks.Count.ShouldBe(4);
                block.Weeks.Count(w => w.Deload).ShouldBe(1);
                block.Weeks[^1].Deload.ShouldBeTrue();
                var volume = block.Weeks.ToDictionary(w => w.Week, w => w.SetsByPattern.Values.Sum());
                var deload = volume[block.LastWeek];
                block.Weeks.Where(w => !w.Deload).ShouldAllBe(w => volume[w.Week] > deload, Describe(request));
                var deloadRpe = block.Weeks[^1].TargetRpe;
                block.Weeks.Where(w => !w.Deload).ShouldAllBe(w => w.TargetRpe > deloadRpe);
            }
        }
    }

    [Fact]
    public void Only_owned_equipment_is_ever_needed()
    {
        foreach (var (request, plan) in Plans())
        {
            plan.Sessions.SelectMany(s => s.Exercises).ShouldAllBe(
                e => e.Exercise.DoableWith(request.Equipment), Describe(request));
        }
    }

    [Fact]
    public void Nothing_is_above_the_user_level_except_planned_steps_toward_a_target_skill()
    {
        var harder = SeedLibrary.Instance.Progressions.ToLookup(p => p.FromId, p => p.ToId);
        foreach (var (request, plan) in Plans())
        {
            var cap = PlanGenerator.LevelCap(request.Level);
            var firstWeek = plan.Sessions.Where(s => s.Week == 1).ToList();
            firstWeek.SelectMany(s => s.Exercises).ShouldAllBe(e => e.Exercise.Difficulty <= cap, Describe(request));

            foreach (var session in plan.Sessions)
            {
                var block = (session.Week - 1) / 4;
                var template = firstWeek[plan.Sessions.Where(s => s.Week == session.Week).ToList().IndexOf(session)];
                foreach (var exercise in session.Exercises)
                {
                    var start = template.Exercises.Single(e => e.Order == exercise.Order).Exercise;
                    Steps(harder, start.Id, exercise.Exercise.Id).ShouldNotBeNull($"{start.Slug} -> {exercise.Exercise.Slug}");
                    Steps(harder, start.Id, exercise.Exercise.Id)!.Value.ShouldBeLessThanOrEqualTo(block, $"{start.Slug} -> {exercise.Exercise.Slug}");
                }
            }
        }
    }

    [Fact]
    public void Sessions_fall_only_on_preferred_weekdays_as_many_as_asked_within_the_twelve_weeks()
    {
        foreach (var (request, plan) in Plans())
        {
            var perWeek = Math.Min(request.DaysPerWeek, request.PreferredWeekdays.Distinct().Count());
            plan.Sessions.ShouldAllBe(s => request.PreferredWeekdays.Contains(s.Date.DayOfWeek), Describe(request));
            plan.Sessions.GroupBy(s => s.Week).Select(g => g.Key).ShouldBe(Enumerable.Range(1, 12));
            plan.Sessions.GroupBy(s => s.Week).ShouldAllBe(g => g.Count() == perWeek);
            plan.Sessions.Select(s => s.Date).ShouldBeUnique();
            plan.Sessions.ShouldAllBe(s => s.Date >= Start.AddDays(7 * (s.Week - 1)) && s.Date < Start.AddDays(7 * s.Week));
            plan.Split.ShouldBe(perWeek switch { <= 3 => Split.FullBody, 4 => Split.UpperLower, _ => Split.PushPullLegs });
        }
    }

    [Fact]
    public void The_same_request_always_gives_the_same_plan()
    {
        foreach (var request in Profiles().Where((_, i) => i % 7 == 0))
        {
            var first = JsonSerializer.Serialize(PlanGenerator.Generate(request, SeedLibrary.Instance), JsonDefaults.Options);
            var second = JsonSerializer.Serialize(PlanGenerator.Generate(request, SeedLibrary.Instance), JsonDefaults.Options);
            second.ShouldBe(first);
        }
    }

    [Fact]
    public void Each_set_prescribes_reps_or_a_hold_matching_the_exercise_with_rest_and_effort()
    {
        foreach (var (_, plan) in Plans().Take(60))
        {
            foreach (var exercise in plan.Sessions.SelectMany(s => s.Exercises))
            {
                exercise.Sets.ShouldNotBeEmpty();
                foreach (var set in exercise.Sets)
                {
                    (set.HoldSeconds is not null).ShouldBe(exercise.Exercise.Unit == ExerciseUnit.HoldSeconds);
                    (set.Reps is not null).ShouldBe(exercise.Exercise.Unit == ExerciseUnit.Reps);
                    set.RestSeconds.ShouldBeGreaterThanOrEqualTo(45);
                    set.TargetRpe.ShouldBeInRange(6, 9);
                }
            }
        }
    }

    [Fact]
    public void A_target_skill_is_trained_through_its_chain_and_advances_one_step_per_block()
    {
        var request = new PlanRequest(
            TrainingLevel.Intermediate, [TrainingGoal.Skills], EquipmentSets[2], 4, [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            60, Start, ["front-lever"], new Dictionary<string, Guid>());
        var frontLever = SeedLibrary.Exercise("front-lever");
        var easier = SeedLibrary.Instance.Progressions.ToLookup(p => p.ToId, p => p.FromId);

        var plan = PlanGenerator.Generate(request, SeedLibrary.Instance);

        var skillWork = plan.Sessions.SelectMany(s => s.Exercises.Select(e => (s.Week, e))).Where(x => x.e.Notes?.Contains("Front lever") == true).ToList();
        skillWork.ShouldNotBeEmpty();
        skillWork.ShouldAllBe(x => Steps(easier, frontLever.Id, x.e.Exercise.Id) != null); // each is on the way to the front lever
        var byBlock = skillWork.GroupBy(x => (x.Week - 1) / 4).ToDictionary(g => g.Key, g => g.Select(x => x.e.Exercise.Difficulty).Max());
        byBlock[2].ShouldBeGreaterThan(byBlock[0]);
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
        plan.Sessions.SelectMany(s => s.Exercises).Where(e => e.Exercise.Pattern == "vertical-pull")
            .ShouldAllBe(e => e.Exercise.Id == archer.Id);
    }

    [Theory]
    [InlineData(new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday }, 3,
        new[] { DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday })]
    [InlineData(new[] { DayOfWeek.Sunday, DayOfWeek.Monday }, 2, new[] { DayOfWeek.Monday, DayOfWeek.Sunday })]
    [InlineData(new[] { DayOfWeek.Tuesday }, 3, new[] { DayOfWeek.Tuesday })]
    public void Training_days_are_the_preferred_ones_spread_over_the_week(DayOfWeek[] preferred, int days, DayOfWeek[] expected) =>
        PlanGenerator.TrainingDays(preferred, days).ShouldBe(expected);

    private static string Describe(PlanRequest r) =>
        $"{r.Level}, {r.DaysPerWeek} days on {string.Join("/", r.PreferredWeekdays)}, {r.SessionMinutes} min, " +
        $"equipment [{string.Join(",", r.Equipment)}], skills [{string.Join(",", r.TargetSkills)}]";

    /// <summary>Fewest steps from one exercise to another along <paramref name="next"/>; null when unreachable.</summary>
    private static int? Steps(ILookup<Guid, Guid> next, Guid from, Guid to)
    {
        var distance = new Dictionary<Guid, int> { [from] = 0 };
        var queue = new Queue<Guid>([from]);
        while (queue.TryDequeue(out var current))
        {
            if (current == to)
            {
                return distance[current];
            }

            foreach (var n in next[current])
            {
                if (distance.TryAdd(n, distance[current] + 1))
                {
                    queue.Enqueue(n);
                }
            }
        }

        return null;
    }
}
