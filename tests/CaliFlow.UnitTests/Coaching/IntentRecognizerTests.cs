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

    private sealed record Named(string Slug, string Name);

    [Theory]
    [InlineData("form cues for pistol squats", "pistol-squat")]
    [InlineData("how do I do an assisted pistol squat", "assisted-pistol-squat")]
    [InlineData("how do i get to a muscleup", "muscle-up")]
    [InlineData("Pull-ups please", "pull-up")]
    [InlineData("what about squats", null)]
    public void The_longest_exercise_name_in_the_text_wins_whatever_the_spelling(string text, string? expected)
    {
        Named[] library = [new("pistol-squat", "Pistol squat"), new("assisted-pistol-squat", "Assisted pistol squat"), new("muscle-up", "Muscle-up"), new("pull-up", "Pull-up")];

        ExerciseMatcher.Find(text, library, e => e.Slug, e => e.Name)?.Slug.ShouldBe(expected);
        if (expected is null)
        {
            ExerciseMatcher.Find(text, library, e => e.Slug, e => e.Name).ShouldBeNull();
        }
    }
}
