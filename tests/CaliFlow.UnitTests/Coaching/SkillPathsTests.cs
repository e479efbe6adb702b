using CaliFlow.BuildingBlocks.Training;
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
}
