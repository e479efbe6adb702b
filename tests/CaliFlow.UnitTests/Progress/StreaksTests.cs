using CaliFlow.Modules.Progress.Domain;
using Shouldly;

namespace CaliFlow.UnitTests.Progress;

public sealed class StreaksTests
{
    private static readonly DateOnly Today = new(2026, 3, 29); // the day European clocks go forward: dates, not hours, count

    [Fact]
    public void The_longest_streak_is_the_longest_run_of_consecutive_days()
    {
        Streaks.Longest([Today.AddDays(-10), Today.AddDays(-9), Today.AddDays(-8), Today.AddDays(-5), Today.AddDays(-4), Today.AddDays(-4)]).ShouldBe(3);
        Streaks.Longest([]).ShouldBe(0);
    }

    [Fact]
    public void The_current_streak_counts_back_from_today_or_from_yesterday_when_today_is_still_ahead()
    {
        Streaks.Current([Today, Today.AddDays(-1), Today.AddDays(-2), Today.AddDays(-4)], Today).ShouldBe(3);
        Streaks.Current([Today.AddDays(-1), Today.AddDays(-2)], Today).ShouldBe(2);
        Streaks.Current([Today.AddDays(-2), Today.AddDays(-3)], Today).ShouldBe(0);
    }
}
