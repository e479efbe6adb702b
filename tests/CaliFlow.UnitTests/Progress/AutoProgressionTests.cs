using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.Domain;
using Shouldly;

namespace CaliFlow.UnitTests.Progress;

public sealed class AutoProgressionTests
{
    private static readonly UnlockRule ThreeByEight = new(3, 8, null, 8, 2, 14);
    private static readonly DateOnly Day = new(2026, 11, 20);

    private static PerformedSet Reps(int reps, decimal? rpe = 8) => new(reps, null, rpe, null, null);

    private static ExerciseHistory Session(int daysAgo, params PerformedSet[] sets) => new(Guid.CreateVersion7(), Day.AddDays(-daysAgo), sets);

    [Fact]
    public void A_session_meets_the_rule_with_enough_sets_at_the_target_and_an_acceptable_effort()
    {
        AutoProgression.SessionMeets(ThreeByEight, [Reps(8), Reps(9), Reps(8)]).ShouldBeTrue();
        AutoProgression.SessionMeets(ThreeByEight, [Reps(8), Reps(8), Reps(7)]).ShouldBeFalse();
        AutoProgression.SessionMeets(ThreeByEight, [Reps(8), Reps(8), Reps(8, rpe: 9)]).ShouldBeFalse();
        AutoProgression.SessionMeets(ThreeByEight, [Reps(8, null), Reps(8, null), Reps(8, null)]).ShouldBeTrue();
    }

    [Fact]
    public void Holds_are_measured_in_seconds()
    {
        var rule = new UnlockRule(3, null, 20, 8, 2, 14);

        AutoProgression.SessionMeets(rule, [new(null, 20, 7, null, null), new(null, 25, 8, null, null), new(null, 21, null, null, null)]).ShouldBeTrue();
        AutoProgression.SessionMeets(rule, [new(null, 19, 7, null, null), new(null, 25, 8, null, null), new(null, 21, 8, null, null)]).ShouldBeFalse();
    }

    [Fact]
    public void The_rule_unlocks_after_enough_qualifying_sessions_within_its_window()
    {
        var good = new[] { Reps(8), Reps(8), Reps(8) };

        AutoProgression.Unlocked(ThreeByEight, [Session(3, good), Session(0, good)], Day).ShouldBeTrue();
        AutoProgression.Unlocked(ThreeByEight, [Session(0, good)], Day).ShouldBeFalse();
        AutoProgression.Unlocked(ThreeByEight, [Session(14, good), Session(0, good)], Day).ShouldBeFalse("14 days ago is outside a 14-day window");
        AutoProgression.Unlocked(ThreeByEight, [Session(3, good), Session(1, Reps(5), Reps(5), Reps(5)), Session(0, good)], Day).ShouldBeTrue();
    }

    [Fact]
    public void A_session_clearly_failed_when_well_under_the_prescribed_work()
    {
        PrescribedSet[] prescribed = [new(10, null, 90, 8, null), new(10, null, 90, 8, null), new(10, null, 90, 8, null)];

        AutoProgression.ClearlyFailed(prescribed, [Reps(5), Reps(5), Reps(5)]).ShouldBeTrue();
        AutoProgression.ClearlyFailed(prescribed, [Reps(6), Reps(6), Reps(6)]).ShouldBeFalse();
        AutoProgression.ClearlyFailed(prescribed, [Reps(10), Reps(9)]).ShouldBeFalse();
    }
}
