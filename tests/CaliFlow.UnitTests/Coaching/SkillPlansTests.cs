using CaliFlow.Modules.Coaching.Coach;
using CaliFlow.Modules.Exercises.Contracts;
using Shouldly;

namespace CaliFlow.UnitTests.Coaching;

public sealed class SkillPlansTests
{
    private static readonly ExerciseInfo ScapularPushUp = Exercise("scapular-push-up", ExerciseUnit.Reps);
    private static readonly ExerciseInfo PlancheLean = Exercise("planche-lean", ExerciseUnit.HoldSeconds);
    private static readonly ExerciseInfo TuckPlanche = Exercise("tuck-planche", ExerciseUnit.HoldSeconds);

    private static readonly PlanStep[] Steps =
    [
        new(ScapularPushUp, new UnlockRule(3, 15, null, 8, 2, 14)),
        new(PlancheLean, new UnlockRule(3, null, 30, 8, 2, 14)),
        new(TuckPlanche, null),
    ];

    [Fact]
    public void Each_step_builds_over_three_weeks_to_its_unlock_target_then_the_next_step_starts()
    {
        var plan = SkillPlans.Build(Steps, null, 4);

        plan.Select(w => (w.Week, w.Exercise.Slug, w.Sets, w.Amount, w.Rpe, w.Test)).ShouldBe(
        [
            (1, "scapular-push-up", 3, 9, 7, false),
            (2, "scapular-push-up", 3, 12, 7, false),
            (3, "scapular-push-up", 3, 15, 8, true), // the unlock rule: 3 × 15 at RPE ≤ 8
            (4, "planche-lean", 3, 18, 7, false),
        ]);
    }

    [Fact]
    public void A_logged_best_set_skips_the_build_weeks_below_it_and_the_skill_itself_is_practised_at_the_end()
    {
        // Best set 14 reps: weeks below 80 % of it (11.2) are too easy to bother with.
        var plan = SkillPlans.Build(Steps, 14, 12);

        plan.Take(2).Select(w => w.Amount).ShouldBe([12, 15]);
        plan.Count.ShouldBe(12);
        plan.Skip(5).ShouldAllBe(w => w.Exercise == TuckPlanche && w.Amount == null && !w.Test);
    }

    [Theory]
    [InlineData("give me a 4-week planche plan", 4)]
    [InlineData("a six weeks plan for the front lever", 6)]
    [InlineData("how do I train for a muscle-up over the next month", 4)]
    [InlineData("plan for the next 2 months", 8)]
    [InlineData("a 20 week plan", 12)]
    [InlineData("plan for front lever", 4)]
    [InlineData("how many weeks to a planche", 4)]
    public void The_weeks_asked_for_are_read_from_the_question(string question, int weeks) =>
        SkillPlans.WeeksAsked(question).ShouldBe(weeks);

    private static ExerciseInfo Exercise(string slug, ExerciseUnit unit) =>
        new(Guid.NewGuid(), slug, slug, "straight-arm-push", 3, [], [], [], unit, false, 1m, false);
}
