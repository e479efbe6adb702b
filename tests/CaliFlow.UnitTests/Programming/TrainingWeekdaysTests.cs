using CaliFlow.Modules.Programming.Planning;
using Shouldly;
using static System.DayOfWeek;

namespace CaliFlow.UnitTests.Programming;

/// <summary>A plan's weekdays fit its training days: preferred days kept, days added when they are fewer.</summary>
public sealed class TrainingWeekdaysTests
{
    public static TheoryData<int, DayOfWeek[]> UsualWeeks => new()
    {
        { 2, [Monday, Thursday] },
        { 3, [Monday, Wednesday, Friday] },
        { 4, [Monday, Tuesday, Thursday, Friday] },
        { 5, [Monday, Tuesday, Wednesday, Friday, Saturday] },
        { 6, [Monday, Tuesday, Wednesday, Thursday, Friday, Saturday] },
    };

    [Theory]
    [MemberData(nameof(UsualWeeks))]
    public void Without_preferred_days_the_usual_week_for_the_count_is_picked(int days, DayOfWeek[] expected) =>
        TrainingWeekdays.Fit([], days).ShouldBe(expected);

    [Theory]
    [MemberData(nameof(UsualWeeks))]
    public void Preferred_days_within_the_usual_week_get_the_usual_week(int days, DayOfWeek[] expected) =>
        TrainingWeekdays.Fit([expected[^1]], days).ShouldBe(expected);

    [Fact]
    public void The_profile_default_of_three_days_grows_to_four_without_moving_its_days()
    {
        var fitted = TrainingWeekdays.Fit([Monday, Wednesday, Friday], 4);

        // Saturday: the only day that adds one back-to-back pair, not two (Tuesday or Thursday would make three in a row).
        fitted.ShouldBe([Monday, Wednesday, Friday, Saturday]);
    }

    public static TheoryData<DayOfWeek[], int, DayOfWeek[]> Additions => new()
    {
        { [Wednesday], 2, [Wednesday, Saturday] }, // 3 and 4 days apart rather than 2 and 5
        { [Tuesday], 3, [Tuesday, Thursday, Saturday] }, // none back to back, Sunday left free
        { [Saturday], 3, [Monday, Wednesday, Saturday] }, // as many of Mon/Wed/Fri as fit without back-to-back days
        { [Sunday], 2, [Thursday, Sunday] }, // a preferred Sunday is kept
        { [Sunday], 5, [Tuesday, Wednesday, Friday, Saturday, Sunday] },
        { [Saturday, Sunday], 4, [Tuesday, Thursday, Saturday, Sunday] },
        { [Monday, Tuesday], 3, [Monday, Tuesday, Friday] },
        { [Tuesday, Friday], 3, [Tuesday, Friday, Sunday] }, // Sunday only when any other day would be back to back
    };

    [Theory]
    [MemberData(nameof(Additions))]
    public void Days_are_added_around_the_preferred_ones_spread_through_the_week(DayOfWeek[] preferred, int days, DayOfWeek[] expected) =>
        TrainingWeekdays.Fit(preferred, days).ShouldBe(expected);

    [Fact]
    public void Every_count_gets_that_many_days_keeping_every_preferred_one()
    {
        var all = Enum.GetValues<DayOfWeek>();
        for (var mask = 0; mask < 1 << 7; mask++)
        {
            var preferred = all.Where(d => (mask & (1 << (int)d)) != 0).ToArray();
            for (var days = 2; days <= 6; days++)
            {
                var fitted = TrainingWeekdays.Fit(preferred, days);

                fitted.Count.ShouldBe(Math.Max(days, preferred.Length), $"{days} days from {string.Join("/", preferred)}");
                fitted.ShouldBe(fitted.Distinct().ToList());
                preferred.ShouldAllBe(d => fitted.Contains(d));
            }
        }
    }

    [Fact]
    public void More_preferred_days_than_training_days_are_left_for_the_generator_to_spread() =>
        TrainingWeekdays.Fit([Friday, Monday, Tuesday, Wednesday], 2).ShouldBe([Monday, Tuesday, Wednesday, Friday]);
}
