using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Assessments;
using CaliFlow.Modules.Programming.Domain;
using Shouldly;

namespace CaliFlow.UnitTests.Programming;

/// <summary>Where a tested max places a pattern on the shipped progression graph.</summary>
public sealed class AssessmentPlacementTests
{
    private static Placement Place(string slug, int max, params Equipment[] equipment) =>
        AssessmentPlacement.Place(SeedLibrary.Instance, equipment, SeedLibrary.Exercise(slug), max);

    private static void ShouldBeOn(Placement placement, string slug, PlacementReason reason)
    {
        SeedLibrary.Instance.Exercises.Single(e => e.Id == placement.ExerciseId).Slug.ShouldBe(slug, placement.Explanation);
        placement.Reason.ShouldBe(reason, placement.Explanation);
    }

    /// <summary>The reps (seconds, when <paramref name="from"/> is a hold) of <paramref name="from"/> that unlock <paramref name="to"/>: the library's rule on that edge.</summary>
    private static int Unlock(string from, string to)
    {
        var (easier, harder) = (SeedLibrary.Exercise(from), SeedLibrary.Exercise(to));
        var rule = SeedLibrary.Instance.Progressions.Single(p => p.FromId == easier.Id && p.ToId == harder.Id).Rule;
        return (easier.Unit == ExerciseUnit.HoldSeconds ? rule.HoldSeconds : rule.Reps) ?? throw new InvalidOperationException($"{from} → {to} has no rule in {easier.Unit}");
    }

    /// <summary>The working minimum: 5 reps, or 10 s for a hold.</summary>
    private static int WorkingMinimum(ExerciseUnit unit) => unit == ExerciseUnit.HoldSeconds ? 10 : 5;

    /// <summary>The max on <paramref name="from"/> that puts the user past it toward <paramref name="to"/>: 1.5× the unlock amount, and at least 1.5× the working minimum.</summary>
    private static int Line(string from, string to) =>
        (int)Math.Ceiling(1.5m * Math.Max(Unlock(from, to), WorkingMinimum(SeedLibrary.Exercise(from).Unit)));

    /// <summary>The max expected one step up: the working minimum there at the line, scaled by how far past it the max is.</summary>
    private static int Estimate(int max, int line, string on) => WorkingMinimum(SeedLibrary.Exercise(on).Unit) * max / line;

    private static ExerciseInfo Exercise(string slug, string pattern, int difficulty, ExerciseKind kind) =>
        new(Guid.NewGuid(), slug, slug, pattern, difficulty, [], [], [], ExerciseUnit.Reps, false, 1m, false, kind);

    [Fact]
    public void Too_few_reps_for_working_sets_start_one_step_easier()
    {
        var placement = Place("knee-push-up", 3, Equipment.Wall);

        ShouldBeOn(placement, "wall-push-up", PlacementReason.SteppedDown);
        placement.EstimatedMax.ShouldBeNull();
        placement.Explanation.ShouldContain("3 reps of Knee push-up is under 5 reps");
    }

    [Fact]
    public void Stepping_down_takes_the_closest_easier_step()
    {
        ShouldBeOn(Place("pull-up", 4, Equipment.PullUpBar), "chin-up", PlacementReason.SteppedDown); // not the easier negatives

        // Archer pull-ups come after pull-ups and after the harder wide-grip pull-ups, which need a bar rather than rings.
        SeedLibrary.Exercise("wide-grip-pull-up").Difficulty.ShouldBeGreaterThan(SeedLibrary.Exercise("pull-up").Difficulty);
        ShouldBeOn(Place("archer-pull-up", 4, Equipment.PullUpBar), "wide-grip-pull-up", PlacementReason.SteppedDown);
        ShouldBeOn(Place("archer-pull-up", 4, Equipment.Rings), "pull-up", PlacementReason.SteppedDown);
    }

    [Fact]
    public void Without_an_easier_step_the_equipment_allows_the_tested_exercise_stays()
    {
        var placement = Place("knee-push-up", 3); // the wall push-up needs a wall the profile does not list

        ShouldBeOn(placement, "knee-push-up", PlacementReason.NoEasierStep);
    }

    [Fact]
    public void Holds_under_ten_seconds_step_down()
    {
        ShouldBeOn(Place("plank", 9), "knee-plank", PlacementReason.SteppedDown);
        ShouldBeOn(Place("plank", 10), "plank", PlacementReason.Tested);
    }

    [Fact]
    public void A_max_between_working_sets_and_past_the_next_step_works_on_the_tested_exercise()
    {
        // Without equipment the diamond push-up is the push-up's only harder step.
        var line = Line("push-up", "diamond-push-up");
        (line - 1).ShouldBeGreaterThan(5);

        var placement = Place("push-up", line - 1);

        ShouldBeOn(placement, "push-up", PlacementReason.Tested);
        placement.EstimatedMax.ShouldBe(line - 1);
        placement.Explanation.ShouldContain($"short of the {line} reps");
        ShouldBeOn(Place("push-up", 5), "push-up", PlacementReason.Tested);
    }

    [Fact]
    public void One_and_a_half_times_the_unlock_reps_is_past_the_exercise()
    {
        // push-up → diamond push-up unlocks at 3 sets of `unlock` reps, at least the working minimum: 1.5× that is the line.
        var unlock = Unlock("push-up", "diamond-push-up");
        unlock.ShouldBeGreaterThanOrEqualTo(5);

        var placement = Place("push-up", (int)Math.Ceiling(1.5m * unlock));

        ShouldBeOn(placement, "diamond-push-up", PlacementReason.SteppedUp);
        placement.EstimatedMax.ShouldBe(5, "just past the line means the working minimum on the harder step");
        placement.Explanation.ShouldContain($"1.5× the {unlock} reps that unlock Diamond push-up");
    }

    [Fact]
    public void Stepping_up_repeats_while_the_estimate_is_past_the_next_step()
    {
        // 40 chin-ups are past the line to pull-ups; the pull-ups that leaves are past the line to archer pull-ups; the
        // archer pull-ups that leaves are short of the line to typewriter pull-ups.
        const int chinUps = 40;
        var pullUps = Estimate(chinUps, Line("chin-up", "pull-up"), "pull-up");
        var archers = Estimate(pullUps, Line("pull-up", "archer-pull-up"), "archer-pull-up");
        pullUps.ShouldBeGreaterThanOrEqualTo(Line("pull-up", "archer-pull-up"));
        archers.ShouldBeLessThan(Line("archer-pull-up", "typewriter-pull-up"));

        var placement = Place("chin-up", chinUps, Equipment.PullUpBar);

        ShouldBeOn(placement, "archer-pull-up", PlacementReason.SteppedUp);
        placement.EstimatedMax.ShouldBe(archers);
        placement.Explanation.ShouldContain("Chin-up → Pull-up → Archer pull-up");
        ShouldBeOn(Place("chin-up", Line("chin-up", "pull-up"), Equipment.PullUpBar), "pull-up", PlacementReason.SteppedUp);
    }

    [Fact]
    public void The_hardest_step_reached_that_the_equipment_allows_wins()
    {
        ShouldBeOn(Place("push-up", 25), "diamond-push-up", PlacementReason.SteppedUp);
        ShouldBeOn(Place("push-up", 25, Equipment.Rings), "ring-push-up", PlacementReason.SteppedUp);
    }

    [Fact]
    public void A_threshold_under_the_working_minimum_still_needs_one_and_a_half_times_the_working_minimum()
    {
        // The shipped library unlocks nothing under the working minimum, so a library of two steps: 3×4 unlocks the harder
        // one, but 6 reps (1.5× 4) would leave about 4 reps there; the line is 1.5× the 5 reps of working sets.
        var easier = Exercise("typewriter", "vertical-pull", 8, ExerciseKind.Strength);
        var harder = Exercise("assisted-one-arm", "vertical-pull", 9, ExerciseKind.Strength);
        var library = new ExerciseLibrary("test", [], [easier, harder], [new ProgressionInfo(Guid.NewGuid(), easier.Id, harder.Id, new UnlockRule(3, 4, null, 8, 2, 14))]);

        var short7 = AssessmentPlacement.Place(library, [], easier, 7);
        short7.ExerciseId.ShouldBe(easier.Id, short7.Explanation);
        short7.Reason.ShouldBe(PlacementReason.Tested);
        short7.Explanation.ShouldContain("short of the 8 reps that would put you past it (1.5× the 5 reps of working sets; 4 reps unlock assisted-one-arm)");
        var past8 = AssessmentPlacement.Place(library, [], easier, 8);
        past8.ExerciseId.ShouldBe(harder.Id, past8.Explanation);
        past8.Reason.ShouldBe(PlacementReason.SteppedUp);
        past8.EstimatedMax.ShouldBe(5);
    }

    [Fact]
    public void Holds_step_up_by_seconds_and_the_estimate_changes_unit_with_the_exercise()
    {
        var toLongLever = Line("plank", "long-lever-plank"); // seconds
        120.ShouldBeGreaterThanOrEqualTo(toLongLever);
        var plank = Place("plank", 120);
        ShouldBeOn(plank, "long-lever-plank", PlacementReason.SteppedUp);
        plank.EstimatedMax.ShouldBe(10 * 120 / toLongLever); // seconds: 10 s at the line

        var hang = Place("flexed-arm-hang", Line("flexed-arm-hang", "negative-pull-up"), Equipment.PullUpBar);
        ShouldBeOn(hang, "negative-pull-up", PlacementReason.SteppedUp);
        hang.EstimatedMax.ShouldBe(5); // reps: the working minimum of a rep exercise, not the 10 s of a hold
    }

    [Fact]
    public void Jumps_skills_and_other_patterns_are_never_placements()
    {
        var tested = Exercise("row", "horizontal-pull", 2, ExerciseKind.Strength);
        var harder = new[]
        {
            Exercise("jumping-row", "horizontal-pull", 9, ExerciseKind.Plyometric),
            Exercise("row-lever", "horizontal-pull", 8, ExerciseKind.SkillHold),
            Exercise("muscle-up", "transition", 7, ExerciseKind.Strength),
            Exercise("archer-row", "horizontal-pull", 4, ExerciseKind.Strength),
        };
        var library = new ExerciseLibrary(
            "test", [], [tested, .. harder], [.. harder.Select(h => new ProgressionInfo(Guid.NewGuid(), tested.Id, h.Id, new UnlockRule(3, 10, null, 8, 2, 14)))]);

        var placement = AssessmentPlacement.Place(library, [], tested, 50);

        placement.ExerciseId.ShouldBe(harder[^1].Id, placement.Explanation);
    }
}
