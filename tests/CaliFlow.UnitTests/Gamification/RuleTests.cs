using CaliFlow.Modules.Exercises.Seeding;
using CaliFlow.Modules.Gamification.AchievementProgress;
using CaliFlow.Modules.Gamification.Rules;
using CaliFlow.Modules.Gamification.Seeding;
using CaliFlow.Modules.Progress.Contracts;
using Shouldly;

namespace CaliFlow.UnitTests.Gamification;

/// <summary>Each rule kind, evaluated against counters built by the same code the event handlers use.</summary>
public sealed class RuleTests
{
    private static readonly DateOnly Monday = new(2026, 3, 23);
    private static readonly Guid PullUpId = Guid.CreateVersion7();
    private static readonly Guid PlankId = Guid.CreateVersion7();

    private static WorkoutLoggedIntegrationEvent Workout(DateOnly date, int pullUps = 0, int plankSeconds = 0)
    {
        var exercises = new List<WorkoutExerciseSummary>();
        if (pullUps > 0)
        {
            exercises.Add(new WorkoutExerciseSummary(PullUpId, "pull-up", "vertical-pull", 2, pullUps, 0, (pullUps + 1) / 2, 0));
        }

        if (plankSeconds > 0)
        {
            exercises.Add(new WorkoutExerciseSummary(PlankId, "plank", "core-anti-extension", 1, 0, plankSeconds, 0, plankSeconds));
        }

        return new WorkoutLoggedIntegrationEvent(Guid.NewGuid(), Guid.CreateVersion7(), null, date, exercises);
    }

    private static Dictionary<string, long> Count(params WorkoutLoggedIntegrationEvent[] workouts)
    {
        var counters = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var workout in workouts)
        {
            CounterChanges.ForWorkout(workout).ApplyTo(counters);
        }

        return counters;
    }

    private static RuleProgress Evaluate(AchievementRule rule, Dictionary<string, long> counters) => RuleEvaluator.Evaluate(rule, counters);

    [Fact]
    public void A_count_rule_counts_workouts_and_caps_progress_at_the_target()
    {
        var counters = Count(Workout(Monday), Workout(Monday.AddDays(1)), Workout(Monday.AddDays(2)));

        Evaluate(new AchievementRule(Metrics.Workouts, 1), counters).ShouldBe(new RuleProgress(1, 1));
        Evaluate(new AchievementRule(Metrics.Workouts, 10), counters).ShouldBe(new RuleProgress(3, 10));
        Evaluate(new AchievementRule(Metrics.Workouts, 10), counters).Met.ShouldBeFalse();
    }

    [Fact]
    public void A_total_rule_counts_reps_or_hold_seconds_of_one_pattern_or_of_all()
    {
        var counters = Count(Workout(Monday, pullUps: 20, plankSeconds: 60), Workout(Monday.AddDays(3), pullUps: 30, plankSeconds: 90));

        Evaluate(new AchievementRule(Metrics.Reps, 1000, Pattern: "vertical-pull"), counters).Current.ShouldBe(50);
        Evaluate(new AchievementRule(Metrics.Reps, 1000, Pattern: "squat"), counters).Current.ShouldBe(0);
        Evaluate(new AchievementRule(Metrics.Reps, 1000), counters).Current.ShouldBe(50);
        Evaluate(new AchievementRule(Metrics.HoldSeconds, 150, Pattern: "core-anti-extension"), counters).ShouldBe(new RuleProgress(150, 150));
        Evaluate(new AchievementRule(Metrics.HoldSeconds, 1000), counters).Current.ShouldBe(150);
    }

    [Fact]
    public void A_windowed_rule_takes_the_best_single_day_or_week_whatever_the_order_of_arrival()
    {
        var counters = Count(
            Workout(Monday, pullUps: 20),
            Workout(Monday.AddDays(7), pullUps: 10),
            Workout(Monday, pullUps: 15), // back-filled into the first day
            Workout(Monday.AddDays(8), pullUps: 10));

        Evaluate(new AchievementRule(Metrics.Reps, 100, RuleWindow.Day), counters).Current.ShouldBe(35);
        Evaluate(new AchievementRule(Metrics.Reps, 100, RuleWindow.Week), counters).Current.ShouldBe(35);
        Evaluate(new AchievementRule(Metrics.Workouts, 5, RuleWindow.Week), counters).Current.ShouldBe(2);
        Evaluate(new AchievementRule(Metrics.Workouts, 5, RuleWindow.Day), counters).Current.ShouldBe(2);
    }

    [Fact]
    public void An_exercise_reached_rule_is_met_by_logging_the_exercise_or_by_a_progression_reaching_it()
    {
        var counters = Count(Workout(Monday, pullUps: 4));
        new CounterChanges().Raise(CounterKeys.For(Metrics.ExerciseReached, "muscle-up", RuleWindow.AllTime), 1).ApplyTo(counters);

        Evaluate(new AchievementRule(Metrics.ExerciseReached, 1, Exercise: "pull-up"), counters).Met.ShouldBeTrue();
        Evaluate(new AchievementRule(Metrics.ExerciseReached, 1, Exercise: "muscle-up"), counters).Met.ShouldBeTrue();
        Evaluate(new AchievementRule(Metrics.ExerciseReached, 1, Exercise: "front-lever"), counters).Met.ShouldBeFalse();
    }

    [Fact]
    public void A_personal_record_is_a_set_that_beats_the_best_before_and_the_first_one_sets_the_bar()
    {
        var counters = Count(
            Workout(Monday, pullUps: 10), // best set 5: sets the bar
            Workout(Monday.AddDays(2), pullUps: 8), // best 4: no record
            Workout(Monday.AddDays(4), pullUps: 12), // best 6: record
            Workout(Monday.AddDays(6), pullUps: 14)); // best 7: record

        Evaluate(new AchievementRule(Metrics.PersonalRecords, 1), counters).Current.ShouldBe(1);
        Evaluate(new AchievementRule(Metrics.PersonalRecords, 5), counters).Current.ShouldBe(2);
    }

    [Fact]
    public void Streak_and_milestone_rules_read_their_best_value()
    {
        var counters = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            [Metrics.DayStreak] = 7,
            [Metrics.TrainingWeekStreak] = 3,
            [Metrics.PlansCompleted] = 1,
        };

        Evaluate(new AchievementRule(Metrics.DayStreak, 7), counters).Met.ShouldBeTrue();
        Evaluate(new AchievementRule(Metrics.DayStreak, 30), counters).ShouldBe(new RuleProgress(7, 30));
        Evaluate(new AchievementRule(Metrics.TrainingWeekStreak, 4), counters).Met.ShouldBeFalse();
        Evaluate(new AchievementRule(Metrics.PlansCompleted, 1), counters).Met.ShouldBeTrue();
        Evaluate(new AchievementRule(Metrics.CheckInWeekStreak, 4), counters).Current.ShouldBe(0);
    }

    private static readonly HashSet<string> Patterns = ["vertical-pull", "squat"];
    private static readonly HashSet<string> Exercises = ["pull-up", "muscle-up"];

    private static IReadOnlyList<(string Field, string Message)> Check(AchievementRule rule) => RuleValidator.Validate(rule, Patterns, Exercises);

    [Fact]
    public void The_validator_accepts_sound_rules_and_names_the_field_of_each_fault()
    {
        Check(new AchievementRule(Metrics.Reps, 500, RuleWindow.Week, Pattern: "squat")).ShouldBeEmpty();
        Check(new AchievementRule(Metrics.ExerciseReached, 1, Exercise: "muscle-up")).ShouldBeEmpty();

        Check(new AchievementRule("push-ups-ish", 5)).Single().Field.ShouldBe("rule.metric");
        Check(new AchievementRule(Metrics.Workouts, 0)).Single().Field.ShouldBe("rule.threshold");
        Check(new AchievementRule(Metrics.ExerciseReached, 2, Exercise: "pull-up")).Single().Field.ShouldBe("rule.threshold");
        Check(new AchievementRule(Metrics.DayStreak, 7, RuleWindow.Week)).Single().Field.ShouldBe("rule.window");
        Check(new AchievementRule(Metrics.Workouts, 7, (RuleWindow)42)).Single().Field.ShouldBe("rule.window");
        Check(new AchievementRule(Metrics.Reps, 7, Pattern: "juggling")).Single().Field.ShouldBe("rule.pattern");
        Check(new AchievementRule(Metrics.Workouts, 7, Pattern: "squat")).Single().Field.ShouldBe("rule.pattern");
        Check(new AchievementRule(Metrics.ExerciseReached, 1)).Single().Field.ShouldBe("rule.exercise");
        Check(new AchievementRule(Metrics.ExerciseReached, 1, Exercise: "teleport")).Single().Field.ShouldBe("rule.exercise");
    }

    [Fact]
    public void The_shipped_definitions_are_at_least_thirty_with_unique_codes_and_valid_rules()
    {
        var seed = AchievementSeedFile.Load();

        seed.Achievements.Count.ShouldBeGreaterThanOrEqualTo(30);
        seed.Achievements.Select(a => a.Code).ShouldBeUnique();
        // Against the exercise library as shipped: every pattern and exercise a definition names exists.
        var library = LibrarySeedContent.Load();
        var patterns = library.Patterns.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal);
        var exercises = library.Exercises.Select(e => e.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var achievement in seed.Achievements)
        {
            RuleValidator.Validate(achievement.Rule, patterns, exercises).ShouldBeEmpty(achievement.Code);
        }

        seed.Achievements.Select(a => a.Rule.Metric).Distinct().Count().ShouldBe(Metrics.All.Count, "every metric is used by a shipped achievement");
    }

    [Fact]
    public void Levels_start_at_0_100_300_600_points()
    {
        Levels.For(0).ShouldBe(new LevelInfo(1, 0, 0, 100));
        Levels.For(99).Level.ShouldBe(1);
        Levels.For(100).ShouldBe(new LevelInfo(2, 100, 100, 300));
        Levels.For(599).Level.ShouldBe(3);
        Levels.For(600).Level.ShouldBe(4);
    }
}
