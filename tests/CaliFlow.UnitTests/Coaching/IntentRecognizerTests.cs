using CaliFlow.Modules.Coaching.Coach;
using Shouldly;

namespace CaliFlow.UnitTests.Coaching;

public sealed class IntentRecognizerTests
{
    [Theory]
    [InlineData("What is today's workout?", nameof(CoachIntent.TodayWorkout))]
    [InlineData("whats on for me today", nameof(CoachIntent.TodayWorkout))]
    [InlineData("What should I do in my next session?", nameof(CoachIntent.TodayWorkout))]
    [InlineData("How do I get to a muscle-up?", nameof(CoachIntent.SkillPath))]
    [InlineData("I want to learn the front lever, what are the steps", nameof(CoachIntent.SkillPath))]
    [InlineData("path to my first pistol squat", nameof(CoachIntent.SkillPath))]
    [InlineData("Why is this a deload week?", nameof(CoachIntent.Deload))]
    [InlineData("why is this week so easy", nameof(CoachIntent.Deload))]
    [InlineData("what week of the block am I in", nameof(CoachIntent.Deload))]
    [InlineData("What are my nutrition targets?", nameof(CoachIntent.Nutrition))]
    [InlineData("how much protein should I eat", nameof(CoachIntent.Nutrition))]
    [InlineData("calories??", nameof(CoachIntent.Nutrition))]
    [InlineData("Form cues for the pistol squat please", nameof(CoachIntent.FormCues))]
    [InlineData("How do I do a dip correctly?", nameof(CoachIntent.FormCues))]
    [InlineData("what is the right technique for pull-ups", nameof(CoachIntent.FormCues))]
    [InlineData("What's my streak?", nameof(CoachIntent.StreakAndRecords))]
    [InlineData("show me my PRs", nameof(CoachIntent.StreakAndRecords))]
    [InlineData("any personal bests lately?", nameof(CoachIntent.StreakAndRecords))]
    [InlineData("Give me a recap of my week", nameof(CoachIntent.WeeklySummary))]
    [InlineData("summary of the last week please", nameof(CoachIntent.WeeklySummary))]
    [InlineData("hello", nameof(CoachIntent.Greeting))]
    [InlineData("What is the capital of France?", nameof(CoachIntent.Unknown))]
    [InlineData("", nameof(CoachIntent.Unknown))]
    public void Different_wordings_land_on_the_same_intent(string question, string expected) =>
        IntentRecognizer.Recognize(question).Intent.ToString().ShouldBe(expected);

    [Theory]
    [InlineData("My shoulder hurts during today's workout")]
    [InlineData("I think I injured my wrist doing handstands, how do I get to a handstand now?")]
    [InlineData("sharp pain in the knee on pistols, what are the form cues?")]
    [InlineData("tweaked my lower back, should I still do my session?")]
    [InlineData("elbow tendonitis and my streak is at 10 days")]
    public void Pain_wins_over_every_other_intent(string question) =>
        IntentRecognizer.Recognize(question).Intent.ShouldBe(CoachIntent.Pain);

    [Fact]
    public void Soreness_alone_is_not_an_injury()
    {
        IntentRecognizer.Recognize("I'm a bit sore after yesterday's workout").Intent.ShouldNotBe(CoachIntent.Pain);
    }

    [Theory]
    [InlineData("my shoulders and my left knee hurt", new[] { "shoulder", "knee" })]
    [InlineData("lower back pain", new[] { "lower-back" })]
    [InlineData("my back hurts", new[] { "lower-back" })]
    [InlineData("it hurts", new string[0])]
    public void Body_regions_are_named_in_check_in_vocabulary(string question, string[] regions) =>
        IntentRecognizer.RegionsMentioned(question).ShouldBe(regions);

    [Theory]
    [InlineData("give me a 4-week planche plan")]
    [InlineData("plan for front lever")]
    [InlineData("how do I train for a muscle-up over the next month")]
    [InlineData("can you make me a routine for the human flag")]
    public void A_plan_asked_for_a_named_skill_is_a_skill_plan(string question) =>
        Recognize(question).ShouldBe(CoachIntent.SkillPlan);

    [Theory]
    [InlineData("planche?", nameof(CoachIntent.SkillPath))]
    [InlineData("what about the straddle planche", nameof(CoachIntent.SkillPath))]
    [InlineData("Can you explain the planche lean?", nameof(CoachIntent.FormCues))]
    [InlineData("form cues for the handstand", nameof(CoachIntent.FormCues))]
    [InlineData("what's on the plan for me today?", nameof(CoachIntent.TodayWorkout))]
    [InlineData("what's my workout plan today, any pull-ups?", nameof(CoachIntent.TodayWorkout))]
    public void Naming_a_library_exercise_leans_toward_its_way_without_outweighing_a_clear_question(string question, string expected) =>
        Recognize(question).ToString().ShouldBe(expected);

    // As the embedded coach asks: whether the question names a skill comes from the library, not from the phrase table.
    private static CoachIntent Recognize(string question) =>
        IntentRecognizer.Recognize(question, namesSkill: ExerciseNames.Targets(Programming.SeedLibrary.Instance, question).Count > 0).Intent;
}
