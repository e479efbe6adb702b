using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Programming.Planning;
using Shouldly;

namespace CaliFlow.UnitTests.Programming;

/// <summary>
/// Session estimates worked by hand from the README's rule (every set's work and rest, 30 s to change exercise, a minute per
/// warm-up movement), so the plan tests that compare each estimate with these helpers rest on fixed numbers.
/// </summary>
public sealed class SessionDurationTests
{
    [Fact]
    public void Reps_take_the_tempos_seconds_each_and_holds_count_both_sides_when_done_per_side()
    {
        PrescribedSet[] pushUps = [new(8, null, 90, 8, "2-0-1-0"), new(8, null, 90, 8, "2-0-1-0"), new(8, null, 90, 8, "2-0-1-0")];
        PrescribedSet[] sidePlanks = [new(null, 20, 60, 8, null), new(null, 20, 60, 8, null), new(null, 20, 60, 8, null)];

        SessionDuration.Seconds(SeedLibrary.Exercise("push-up"), pushUps).ShouldBe(372); // 30 + 3 × (8 reps × 3 s + 90 s rest)
        SessionDuration.Seconds(SeedLibrary.Exercise("side-plank"), sidePlanks).ShouldBe(330); // 30 + 3 × (2 sides × 20 s + 60 s rest)
    }

    [Fact]
    public void Minutes_round_to_the_nearest_with_halves_up_and_each_warm_up_movement_is_a_minute()
    {
        SessionDuration.Minutes(372).ShouldBe(6); // 6.2
        SessionDuration.Minutes(270).ShouldBe(5); // 4.5
        SessionDuration.Minutes(2669).ShouldBe(44); // 44.48
        WarmUps.Seconds([new("wrist-prep", "Wrist prep", 10, null), new("cat-cow", "Cat-cow", 10, null), new("dead-bug", "Dead bug", null, 20)])
            .ShouldBe(180);
    }
}
