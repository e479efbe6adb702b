using CaliFlow.BuildingBlocks.Training;
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
        ShouldBeOn(Place("pull-up", 4, Equipment.PullUpBar), "chin-up", PlacementReason.SteppedDown);
        ShouldBeOn(Place("push-up", 0), "knee-push-up", PlacementReason.SteppedDown);
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
        var placement = Place("push-up", 22);

        ShouldBeOn(placement, "push-up", PlacementReason.Tested);
        placement.EstimatedMax.ShouldBe(22);
        placement.Explanation.ShouldContain("short of the 23 reps");
        ShouldBeOn(Place("push-up", 5), "push-up", PlacementReason.Tested);
    }

    [Fact]
    public void One_and_a_half_times_the_unlock_reps_is_past_the_exercise()
    {
        // push-up → diamond push-up unlocks at 3×15: 22.5 is the line.
        var placement = Place("push-up", 23);

        ShouldBeOn(placement, "diamond-push-up", PlacementReason.SteppedUp);
        placement.EstimatedMax.ShouldBe(5, "just past the line means the working minimum on the harder step");
        placement.Explanation.ShouldContain("1.5× the 15 reps that unlock Diamond push-up");
    }

    [Fact]
    public void Stepping_up_repeats_while_the_estimate_is_past_the_next_step()
    {
        var placement = Place("chin-up", 40, Equipment.PullUpBar);

        // 40 chin-ups ≥ 9 (chin-up → pull-up at 3×6): about 22 pull-ups ≥ 15 (pull-up → archer at 3×10): about 7 archer
        // pull-ups, short of the 8 that typewriter pull-ups would need.
        ShouldBeOn(placement, "archer-pull-up", PlacementReason.SteppedUp);
        placement.EstimatedMax.ShouldBe(7);
        placement.Explanation.ShouldContain("Chin-up → Pull-up → Archer pull-up");
        ShouldBeOn(Place("chin-up", 12, Equipment.PullUpBar), "pull-up", PlacementReason.SteppedUp);
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
        // typewriter → assisted one-arm pull-up unlocks at 3×4, but 6 typewriters would leave about 4 reps on the harder step.
        ShouldBeOn(Place("typewriter-pull-up", 7, Equipment.PullUpBar, Equipment.ResistanceBand), "typewriter-pull-up", PlacementReason.Tested);
        ShouldBeOn(Place("typewriter-pull-up", 8, Equipment.PullUpBar, Equipment.ResistanceBand), "assisted-one-arm-pull-up", PlacementReason.SteppedUp);
    }

    [Fact]
    public void Holds_step_up_by_seconds_and_the_estimate_changes_unit_with_the_exercise()
    {
        var plank = Place("plank", 120);
        ShouldBeOn(plank, "long-lever-plank", PlacementReason.SteppedUp);
        plank.EstimatedMax.ShouldBe(13); // seconds

        var hang = Place("flexed-arm-hang", 35, Equipment.PullUpBar);
        ShouldBeOn(hang, "negative-pull-up", PlacementReason.SteppedUp);
        hang.EstimatedMax.ShouldBe(5); // reps
    }

    [Fact]
    public void Jumps_skills_and_other_patterns_are_never_placements()
    {
        static ExerciseInfo Exercise(string slug, string pattern, int difficulty, ExerciseKind kind) =>
            new(Guid.NewGuid(), slug, slug, pattern, difficulty, [], [], [], ExerciseUnit.Reps, false, 1m, false, kind);
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
