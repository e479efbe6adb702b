using CaliFlow.Modules.Coaching.Coach;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.UnitTests.Programming;
using Shouldly;

namespace CaliFlow.UnitTests.Coaching;

/// <summary>The coach recognises skills by the names the shipped library gives them, and the ways people say them.</summary>
public sealed class ExerciseNamesTests
{
    private static ExerciseLibrary Library => SeedLibrary.Instance;

    [Theory]
    [InlineData("How do I get to a planche?", "full-planche")]
    [InlineData("planche", "full-planche")]
    [InlineData("I want to learn the full planche", "full-planche")]
    [InlineData("road to my first straddle planche", "straddle-planche")]
    [InlineData("tuck planche progression", "tuck-planche")]
    [InlineData("planche leans: how long?", "planche-lean")]
    [InlineData("How do I get a front lever?", "front-lever")]
    [InlineData("FL progression please", "front-lever")]
    [InlineData("back lever", "back-lever")]
    [InlineData("whats next after my BL", "back-lever")]
    [InlineData("how do I learn a handstand", "freestanding-handstand")]
    [InlineData("handstands!", "freestanding-handstand")]
    [InlineData("HSPU", "handstand-push-up")]
    [InlineData("road to a handstand push-up", "handstand-push-up")]
    [InlineData("muscle up", "muscle-up")]
    [InlineData("my first muscle-up", "muscle-up")]
    [InlineData("muscleups", "muscle-up")]
    [InlineData("L-sit", "l-sit")]
    [InlineData("lsit", "l-sit")]
    [InlineData("l sit hold", "l-sit")]
    [InlineData("pistol squats", "pistol-squat")]
    [InlineData("one-arm pull-up", "one-arm-pull-up")]
    [InlineData("one arm pullups", "one-arm-pull-up")]
    [InlineData("human flag", "human-flag")]
    [InlineData("dragon flags", "dragon-flag")]
    [InlineData("nordic curls at home", "nordic-curl")]
    [InlineData("ring muscle-up", "ring-muscle-up")]
    public void Each_skill_is_recognised_by_its_name_and_common_variants(string question, string slug) =>
        ExerciseNames.Targets(Library, question).Select(e => e.Slug).ShouldBe([slug]);

    [Theory]
    [InlineData("planche")]
    [InlineData("How do I get to a planche? I can already hold a tuck front lever")]
    [InlineData("give me a 4-week planche plan")]
    [InlineData("planche or front lever first?")]
    public void A_planche_question_asks_first_about_the_planche_never_the_front_lever(string question)
    {
        var skills = ExerciseNames.Targets(Library, question);
        skills[0].Slug.ShouldBe("full-planche");
        ExerciseNames.Named(Library, "planche").ShouldAllBe(e => e.Slug.Contains("planche"));
    }

    [Fact]
    public void Two_skills_named_are_both_asked_about_in_the_order_named_and_a_step_on_the_way_is_not_a_target()
    {
        ExerciseNames.Targets(Library, "front lever and planche").Select(e => e.Slug).ShouldBe(["front-lever", "full-planche"]);
        ExerciseNames.Targets(Library, "planche and front lever").Select(e => e.Slug).ShouldBe(["full-planche", "front-lever"]);
        ExerciseNames.Targets(Library, "how do I go from planche leans to a planche").Select(e => e.Slug).ShouldBe(["full-planche"]);
    }

    [Theory]
    [InlineData("what about squats")]
    [InlineData("flag")]
    [InlineData("what is the capital of France?")]
    public void A_name_no_single_exercise_owns_names_none(string question) =>
        ExerciseNames.Named(Library, question).ShouldBeEmpty();

    [Fact]
    public void A_bare_name_names_the_hardest_of_its_line_only_when_every_variation_leads_to_it()
    {
        var tuck = Exercise("tuck-foo", "Tuck foo", 3);
        var full = Exercise("full-foo", "Full foo", 6);
        var rule = new UnlockRule(3, null, 10, 8, 2, 14);
        var line = new ExerciseLibrary("1", [], [tuck, full], [new(Guid.NewGuid(), tuck.Id, full.Id, rule)]);
        ExerciseNames.Named(line, "how do I get a foo").ShouldBe([full]);
        ExerciseNames.CommonName(line, full).ShouldBe("foo");

        // A third "foo" off the line (nothing leads from it to the Full foo) makes "foo" ambiguous.
        var other = Exercise("side-foo", "Side foo", 2);
        var split = line with { Exercises = [tuck, full, other] };
        ExerciseNames.Named(split, "how do I get a foo").ShouldBeEmpty();
        ExerciseNames.Named(split, "how do I get a full foo").ShouldBe([full]);
    }

    [Fact]
    public void Every_skill_the_coach_lists_is_in_the_library_and_recognised_by_the_name_it_is_shown_by()
    {
        foreach (var slug in EmbeddedCoach.ListedSkills)
        {
            var skill = Library.Find(slug).ShouldNotBeNull(slug);
            var shown = ExerciseNames.CommonName(Library, skill);
            ExerciseNames.Targets(Library, $"how do I get to a {shown}?").ShouldBe([skill], $"{slug} shown as '{shown}'");
        }

        ExerciseNames.CommonName(Library, Library.Find("full-planche")!).ShouldBe("planche");
        ExerciseNames.CommonName(Library, Library.Find("freestanding-handstand")!).ShouldBe("handstand");
    }

    private static ExerciseInfo Exercise(string slug, string name, int difficulty) =>
        new(Guid.NewGuid(), slug, name, "straight-arm-push", difficulty, [], [], [], ExerciseUnit.HoldSeconds, false, 1m, false);
}
