using CaliFlow.Modules.Coaching.Autoregulation;
using CaliFlow.Modules.Coaching.Contracts;
using CaliFlow.Modules.Coaching.Domain;
using Shouldly;

namespace CaliFlow.UnitTests.Coaching;

public sealed class AutoregulationRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly CheckInScores Middling = new(3, 3, 3, 3, 3, 3);
    private static readonly CheckInScores Tired = new(3, 3, 4, 4, 3, 4); // fatigue 3.5
    private static readonly CheckInScores Exhausted = new(1, 1, 5, 5, 1, 5); // fatigue 5
    private static readonly CheckInScores Fresh = new(5, 5, 1, 1, 5, 1); // fatigue 1

    private static AutoregulationInput Input(CheckInScores scores, Dictionary<string, int>? pain = null, CheckInScores? previous = null, decimal? rpe = null, bool deload = false) =>
        new(Today, scores, pain ?? [], previous, rpe, deload);

    [Fact]
    public void Fatigue_is_the_mean_of_the_scores_turned_so_that_five_is_worst()
    {
        AutoregulationRules.Fatigue(Exhausted).ShouldBe(5m);
        AutoregulationRules.Fatigue(Fresh).ShouldBe(1m);
        AutoregulationRules.Fatigue(Middling).ShouldBe(3m);
        AutoregulationRules.Fatigue(Tired).ShouldBe(3.5m);
    }

    [Fact]
    public void Middling_scores_change_nothing() => AutoregulationRules.Decide(Input(Middling)).ShouldBeEmpty();

    [Fact]
    public void High_fatigue_reduces_the_coming_weeks_volume_with_its_reason_and_dates()
    {
        var decision = AutoregulationRules.Decide(Input(Tired)).ShouldHaveSingleItem();

        decision.Kind.ShouldBe(PlanAdjustmentKind.ReduceVolume);
        decision.EffectiveFrom.ShouldBe(Today);
        decision.EffectiveUntil.ShouldBe(Today.AddDays(6));
        decision.Reason.ShouldContain("sleep 3/5");
        decision.Reason.ShouldContain("one set fewer");
    }

    [Fact]
    public void Fatigue_high_two_check_ins_running_or_very_high_at_once_brings_the_deload_forward()
    {
        var sustained = AutoregulationRules.Decide(Input(Tired, previous: Tired)).ShouldHaveSingleItem();
        sustained.Kind.ShouldBe(PlanAdjustmentKind.EarlyDeload);
        sustained.Reason.ShouldContain("two check-ins running");

        AutoregulationRules.Decide(Input(Exhausted)).ShouldHaveSingleItem().Kind.ShouldBe(PlanAdjustmentKind.EarlyDeload);
        AutoregulationRules.Decide(Input(Tired, previous: Middling)).ShouldHaveSingleItem().Kind.ShouldBe(PlanAdjustmentKind.ReduceVolume);
    }

    [Fact]
    public void A_deload_already_under_way_is_not_cut_again_and_not_pushed()
    {
        AutoregulationRules.Decide(Input(Exhausted, deload: true)).ShouldBeEmpty();
        AutoregulationRules.Decide(Input(Fresh, deload: true)).ShouldBeEmpty();
    }

    [Fact]
    public void Pain_of_five_or_more_steps_down_every_pattern_that_loads_the_region_once()
    {
        var decisions = AutoregulationRules.Decide(Input(Middling, new() { ["wrist"] = 5, ["chest"] = 7, ["knee"] = 4 }));

        decisions.ShouldAllBe(d => d.Kind == PlanAdjustmentKind.EasierVariation);
        var patterns = decisions.Select(d => d.Pattern!).ToList();
        patterns.ShouldBe(patterns.Distinct().ToList());
        // Weight on the hands loads the wrist (push-ups, pike and handstand pressing, dips, planche leans, L-sits); the chest works in
        // horizontal pushes and dips. In order of name.
        patterns.ShouldBe(["dip", "handstand-balance", "hip-flexion-compression", "horizontal-push", "straight-arm-push", "vertical-push"]);
        decisions.Single(d => d.Pattern == "horizontal-push").Reason.ShouldContain("chest 7/10 and wrist 5/10");
        patterns.ShouldNotContain("knee-flexion"); // 4/10 is below the threshold
    }

    [Fact]
    public void Fresh_with_easy_sessions_progresses_sooner()
    {
        AutoregulationRules.Decide(Input(Fresh)).ShouldHaveSingleItem().Kind.ShouldBe(PlanAdjustmentKind.ProgressSooner);
        AutoregulationRules.Decide(Input(Fresh, rpe: 6.5m)).ShouldHaveSingleItem().Reason.ShouldContain("RPE 6.5");
    }

    [Theory]
    [InlineData(8.5, 0)] // the logs say the sessions were hard
    [InlineData(null, 3)] // some pain
    public void Not_progressing_sooner_when_the_logs_disagree_or_something_hurts(double? rpe, int pain)
    {
        var decisions = AutoregulationRules.Decide(Input(Fresh, new() { ["elbow"] = pain }, rpe: (decimal?)rpe));
        decisions.ShouldNotContain(d => d.Kind == PlanAdjustmentKind.ProgressSooner);
    }

    [Fact]
    public void Fatigue_and_pain_together_give_both_changes()
    {
        var kinds = AutoregulationRules.Decide(Input(Exhausted, new() { ["ankle"] = 8 })).Select(d => d.Kind).Distinct().ToList();
        kinds.ShouldBe([PlanAdjustmentKind.EarlyDeload, PlanAdjustmentKind.EasierVariation]);
    }
}
