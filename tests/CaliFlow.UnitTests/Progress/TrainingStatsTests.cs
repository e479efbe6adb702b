using System.Text.Json;
using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Progress.Domain;
using Shouldly;

namespace CaliFlow.UnitTests.Progress;

public sealed class TrainingStatsTests
{
    private static readonly DateOnly Today = new(2026, 3, 29); // the day European clocks go forward: dates, not hours, count
    private static readonly Guid UserId = Guid.CreateVersion7();
    private static readonly Guid PullUp = Guid.CreateVersion7();
    private static readonly Guid Plank = Guid.CreateVersion7();

    [Fact]
    public void Runs_of_days_merge_when_a_late_log_fills_the_gap_and_the_current_streak_counts_from_today_or_yesterday()
    {
        var stats = Fold(Log(-10), Log(-9), Log(-7), Log(-4), Log(-4), Log(-2), Log(-1));
        stats.DayRuns.Count.ShouldBe(4);
        stats.LongestStreak.ShouldBe(2);
        stats.CurrentStreak(Today).ShouldBe(2, "today's workout may still be ahead");

        stats.Add(Log(-8)); // an offline log from that week joins -10..-9 and -7 into one run
        stats.DayRuns.Count.ShouldBe(3);
        stats.LongestStreak.ShouldBe(4);

        stats.Add(Log(0));
        stats.CurrentStreak(Today).ShouldBe(3);
        stats.CurrentStreak(Today.AddDays(2)).ShouldBe(0, "a day without training breaks it");
        Fold().CurrentStreak(Today).ShouldBe(0);
        Fold().LongestStreak.ShouldBe(0);
    }

    [Fact]
    public void A_best_dates_from_the_first_day_it_was_reached_and_a_higher_one_moves_that_day()
    {
        var stats = Fold(Log(-6, reps: 8), Log(-3, reps: 8), Log(-1, reps: 7));
        stats.Bests.Single(b => b.ExerciseId == PullUp).BestReps.ShouldBe(8);
        stats.Bests.Single(b => b.ExerciseId == PullUp).BestRepsOn.ShouldBe(Today.AddDays(-6));

        stats.Add(Log(-9, reps: 8)); // synced late: the same best, reached earlier
        stats.Bests.Single(b => b.ExerciseId == PullUp).BestRepsOn.ShouldBe(Today.AddDays(-9));

        stats.Add(Log(-2, reps: 10, assistanceKg: 20));
        var pullUp = stats.Bests.Single(b => b.ExerciseId == PullUp);
        pullUp.BestReps.ShouldBe(10);
        pullUp.BestRepsOn.ShouldBe(Today.AddDays(-2));
        pullUp.BestLoadKg.ShouldBe(80m * 0.95m, "band assistance makes the later sets lighter, so the load best stays");
        pullUp.LastImprovedOn.ShouldBe(Today.AddDays(-2));
        stats.Bests.Single(b => b.ExerciseId == Plank).BestHoldSeconds.ShouldBe(40);
    }

    [Fact]
    public void Folding_logs_in_any_order_gives_the_same_stats()
    {
        var random = new Random(7);
        var logs = Enumerable.Range(0, 60)
            .Select(_ => Log(-random.Next(0, 120), reps: random.Next(3, 12), assistanceKg: random.Next(0, 3) * 10))
            .ToList();

        var inOrder = Fold([.. logs.OrderBy(l => l.PerformedOn)]);
        var shuffled = Fold([.. logs.OrderBy(_ => random.Next())]);

        Json(shuffled).ShouldBe(Json(inOrder));
        inOrder.Workouts.ShouldBe(60);
        inOrder.Minutes.ShouldBe(60 * 30);
        inOrder.HoldSeconds.ShouldBe(60 * 40);
        inOrder.Reps.ShouldBe(logs.Sum(l => l.Exercises[0].Sets.Sum(s => s.Reps ?? 0)));
    }

    [Fact]
    public void Only_the_recent_weeks_of_volume_are_kept()
    {
        var stats = Fold(Log(-200), Log(-100), Log(-7), Log(0));
        var monday = new DateOnly(2026, 3, 23); // Today is Sunday 29 March: its week began on Monday the 23rd
        stats.Weeks.ShouldAllBe(w => w.WeekStart >= new DateOnly(2025, 12, 22)); // 13 weeks (91 days) before that Monday
        var thisWeek = stats.Weeks.Where(w => w.WeekStart == monday).ToList();
        thisWeek.Sum(w => w.Sets).ShouldBe(3, "two pull-up sets and a plank");
        thisWeek.Single(w => w.Pattern == "vertical-pull").VolumeKg.ShouldBe(2 * 5 * (80m * 0.95m));
    }

    private static TrainingStats Fold(params WorkoutLog[] logs) => TrainingStats.From(UserId, logs);

    private static string Json(TrainingStats stats) =>
        JsonSerializer.Serialize(new { stats.Workouts, stats.Minutes, stats.Reps, stats.HoldSeconds, stats.DayRuns, Weeks = stats.Weeks.OrderBy(w => w.WeekStart).ThenBy(w => w.Pattern), Bests = stats.Bests.OrderBy(b => b.ExerciseId) }, JsonDefaults.Options);

    private static WorkoutLog Log(int day, int reps = 5, int assistanceKg = 0)
    {
        var id = Guid.CreateVersion7();
        return WorkoutLog.Create(id, UserId, null, Today.AddDays(day), null, 30, null, null, 80m, "hash",
        [
            ExerciseLog.Create(id, 1, PullUp, "vertical-pull", 0.95m,
                [new PerformedSet(reps, null, 8m, null, assistanceKg), new PerformedSet(reps, null, 8m, null, assistanceKg)]),
            ExerciseLog.Create(id, 2, Plank, "core", 0.5m, [new PerformedSet(null, 40, 7m, null, null)]),
        ],
        []);
    }
}
