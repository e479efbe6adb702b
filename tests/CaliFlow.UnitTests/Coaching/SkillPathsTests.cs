using CaliFlow.Modules.Coaching.Coach;
using CaliFlow.Modules.Exercises.Contracts;
using Shouldly;

namespace CaliFlow.UnitTests.Coaching;

public sealed class SkillPathsTests
{
    private static readonly UnlockRule Rule = new(3, 8, null, 8, 2, 14);

    private static ExerciseInfo Exercise(Guid id, int difficulty) =>
        new(id, $"e{difficulty}", $"E{difficulty}", "vertical-pull", difficulty, [Equipment.PullUpBar], [], [], ExerciseUnit.Reps, false, 1m, false);

    [Fact]
    public void The_path_starts_at_the_hardest_step_the_user_trains_or_else_at_the_start_of_the_longest_chain()
    {
        // a → b → c → skill, and a shortcut x → skill.
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid(), skill = Guid.NewGuid(), x = Guid.NewGuid(), unrelated = Guid.NewGuid();
        var library = new ExerciseLibrary(
            "1",
            [],
            [Exercise(a, 1), Exercise(b, 2), Exercise(c, 3), Exercise(skill, 5), Exercise(x, 2), Exercise(unrelated, 4)],
            [new(Guid.NewGuid(), a, b, Rule), new(Guid.NewGuid(), b, c, Rule), new(Guid.NewGuid(), c, skill, Rule), new(Guid.NewGuid(), x, skill, Rule)]);

        var fromScratch = SkillPaths.Find(library, skill, []);
        fromScratch.Steps.ShouldBe([a, b, c, skill]);
        fromScratch.Rules.Count.ShouldBe(3);
        fromScratch.Current.ShouldBeNull();

        var trained = SkillPaths.Find(library, skill, [a, b, unrelated]);
        trained.Steps.ShouldBe([b, c, skill]);
        trained.Current.ShouldBe(b);
    }

    [Fact]
    public void With_no_equipment_the_way_to_the_planche_stays_on_the_floor()
    {
        var library = Programming.SeedLibrary.Instance;
        List<ExerciseInfo> Steps(SkillPath path) => [.. path.Steps.Select(id => library.Exercises.Single(e => e.Id == id))];

        var planche = Programming.SeedLibrary.Exercise("full-planche");
        var floor = Steps(SkillPaths.Find(library, planche.Id, [], []));
        floor.ShouldAllBe(e => e.Equipment.Count == 0);
        floor.Select(e => e.Slug).ShouldContain("planche-lean");
        floor[^1].ShouldBe(planche);

        // The tuck planche push-up is reached from the planche lean and, on the library's longest way, from push-ups that
        // start against a wall and on a bench: without equipment its way takes the planche lean.
        var pushUp = Programming.SeedLibrary.Exercise("tuck-planche-push-up");
        Steps(SkillPaths.Find(library, pushUp.Id, [])).ShouldContain(e => e.Equipment.Count > 0);
        var pushUpOnTheFloor = Steps(SkillPaths.Find(library, pushUp.Id, [], []));
        pushUpOnTheFloor.ShouldAllBe(e => e.Equipment.Count == 0);
        pushUpOnTheFloor.Select(e => e.Slug).ShouldContain("planche-lean");
        pushUpOnTheFloor[^1].ShouldBe(pushUp);
    }

    [Fact]
    public void What_opens_an_exercise_is_the_missing_part_of_the_setup_that_lacks_least()
    {
        var ringsOrBar = Exercise(Guid.NewGuid(), 5) with { Equipment = [Equipment.Rings, Equipment.Wall], AlternativeEquipment = [[Equipment.PullUpBar]] };

        SkillPaths.Missing(ringsOrBar, []).ShouldBe([Equipment.PullUpBar]);
        SkillPaths.Missing(ringsOrBar, [Equipment.Wall]).ShouldBe([Equipment.Rings]);
        SkillPaths.Missing(ringsOrBar, [Equipment.PullUpBar]).ShouldBeEmpty();
    }
}
