using CaliFlow.Modules.Gamification.Rules;
using CaliFlow.Modules.Gamification.Streaks;
using Shouldly;

namespace CaliFlow.UnitTests.Gamification;

public sealed class StreakTests
{
    private static List<DateRun> Days(params string[] dates)
    {
        var runs = new List<DateRun>();
        foreach (var date in dates)
        {
            StreakRuns.Add(runs, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), 1);
        }

        return runs;
    }

    /// <summary>Weeks given by offset from a Monday (0 = that week).</summary>
    private static readonly DateOnly Week0 = new(2026, 1, 5);

    private static List<DateRun> Weeks(params int[] offsets)
    {
        var runs = new List<DateRun>();
        foreach (var offset in offsets)
        {
            StreakRuns.Add(runs, Week0.AddDays(7 * offset), 7);
        }

        return runs;
    }

    [Fact]
    public void Consecutive_days_make_one_run_and_a_missed_day_starts_another()
    {
        var runs = Days("2026-03-02", "2026-03-03", "2026-03-04", "2026-03-06");

        runs.Count.ShouldBe(2);
        DayStreak.Best(runs).ShouldBe(3);
        DayStreak.Current(runs, new DateOnly(2026, 3, 6)).ShouldBe(1);
        DayStreak.Current(runs, new DateOnly(2026, 3, 7)).ShouldBe(1, "today's workout may still come");
        DayStreak.Current(runs, new DateOnly(2026, 3, 8)).ShouldBe(0);
    }

    [Fact]
    public void The_same_day_twice_counts_once()
    {
        var runs = Days("2026-03-02", "2026-03-03");

        StreakRuns.Add(runs, new DateOnly(2026, 3, 3), 1).ShouldBeFalse();
        StreakRuns.Add(runs, new DateOnly(2026, 3, 2), 1).ShouldBeFalse();
        DayStreak.Best(runs).ShouldBe(2);
    }

    [Fact]
    public void A_back_filled_day_joins_the_runs_on_either_side()
    {
        var runs = Days("2026-03-01", "2026-03-02", "2026-03-04", "2026-03-05", "2026-03-06");
        DayStreak.Best(runs).ShouldBe(3);

        StreakRuns.Add(runs, new DateOnly(2026, 3, 3), 1).ShouldBeTrue();

        runs.ShouldBe([new DateRun(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 6))]);
        DayStreak.Best(runs).ShouldBe(6);
    }

    [Fact]
    public void Out_of_order_days_give_the_same_runs_as_in_order()
    {
        var inOrder = Days("2026-02-26", "2026-02-27", "2026-02-28", "2026-03-01", "2026-03-03", "2026-03-04");
        var shuffled = Days("2026-03-04", "2026-02-26", "2026-03-01", "2026-02-28", "2026-03-03", "2026-02-27");

        shuffled.ShouldBe(inOrder);
        DayStreak.Best(shuffled).ShouldBe(4, "28 February runs into 1 March in a non-leap year");
    }

    [Fact]
    public void Local_dates_across_a_daylight_saving_change_are_consecutive_days()
    {
        // Europe/Berlin: 29 March 2026 has 23 hours and 25 October 2026 has 25; both are one day of the streak.
        Days("2026-03-28", "2026-03-29", "2026-03-30").ShouldHaveSingleItem().Length(1).ShouldBe(3);
        Days("2026-10-24", "2026-10-25", "2026-10-26").ShouldHaveSingleItem().Length(1).ShouldBe(3);
        CounterKeys.WeekOf(new DateOnly(2026, 3, 29)).ShouldBe(new DateOnly(2026, 3, 23), "the Sunday of the change closes its week");
        CounterKeys.WeekOf(new DateOnly(2026, 3, 30)).ShouldBe(new DateOnly(2026, 3, 30));
    }

    [Fact]
    public void Rest_days_never_break_a_week_streak_and_met_weeks_in_a_row_count()
    {
        var state = WeekStreak.Evaluate(Weeks(0, 1, 2), WeekStreakPolicy.Training);

        state.ShouldBe(new WeekStreakState(3, 3, 2));
    }

    [Fact]
    public void A_missed_week_uses_a_freeze_token_and_the_streak_goes_on_without_growing()
    {
        WeekStreak.Evaluate(Weeks(0, 1, 3), WeekStreakPolicy.Training).ShouldBe(new WeekStreakState(3, 3, 1));
        WeekStreak.Evaluate(Weeks(0, 1, 3, 4), WeekStreakPolicy.Training).ShouldBe(new WeekStreakState(4, 4, 2), "the 4th met week earned it back");
    }

    [Fact]
    public void A_gap_longer_than_the_tokens_left_breaks_the_streak_and_the_next_chain_starts_with_fresh_tokens()
    {
        var state = WeekStreak.Evaluate(Weeks(0, 1, 2, 6, 7), WeekStreakPolicy.Training);

        state.ShouldBe(new WeekStreakState(2, 3, 2));
    }

    [Fact]
    public void Every_fourth_met_week_earns_a_token_back_up_to_the_maximum()
    {
        // Weeks 0-1 met, 2 and 3 frozen (no tokens left), 4-5 met: the 4th met week earns one back, so week 6 can be missed too.
        WeekStreak.Evaluate(Weeks(0, 1, 4, 5), WeekStreakPolicy.Training).ShouldBe(new WeekStreakState(4, 4, 1));
        WeekStreak.Evaluate(Weeks(0, 1, 4, 5, 7), WeekStreakPolicy.Training).ShouldBe(new WeekStreakState(5, 5, 0));
        WeekStreak.Evaluate(Weeks(0, 1, 2, 3, 4, 5, 6, 7), WeekStreakPolicy.Training).TokensLeft.ShouldBe(2, "never more than the maximum");
    }

    [Fact]
    public void The_current_week_is_still_open_but_weeks_missed_since_the_last_met_one_use_tokens_or_break_it()
    {
        var runs = Weeks(0, 1, 2);

        WeekStreak.Evaluate(runs, WeekStreakPolicy.Training, Week0.AddDays(7 * 3)).ShouldBe(new WeekStreakState(3, 3, 2));
        WeekStreak.Evaluate(runs, WeekStreakPolicy.Training, Week0.AddDays(7 * 5)).ShouldBe(new WeekStreakState(3, 3, 0));
        WeekStreak.Evaluate(runs, WeekStreakPolicy.Training, Week0.AddDays(7 * 6)).Current.ShouldBe(0);
    }

    [Fact]
    public void A_check_in_streak_has_no_freeze_tokens()
    {
        WeekStreak.Evaluate(Weeks(0, 1, 2, 4), WeekStreakPolicy.CheckIns).ShouldBe(new WeekStreakState(1, 3, 0));
    }

    [Fact]
    public void A_back_filled_week_joins_two_chains()
    {
        var runs = Weeks(0, 1, 2, 6, 7);
        StreakRuns.Add(runs, Week0.AddDays(7 * 4), 7);

        // Week 3 and week 5 are frozen; week 4, the 4th met week, earned a token back in between.
        WeekStreak.Evaluate(runs, WeekStreakPolicy.Training).ShouldBe(new WeekStreakState(6, 6, 1));
    }
}
