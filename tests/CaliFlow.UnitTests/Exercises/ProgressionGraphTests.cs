using CaliFlow.Modules.Exercises.Library;
using Shouldly;

namespace CaliFlow.UnitTests.Exercises;

public sealed class ProgressionGraphTests
{
    // a → b → c → e, a → d → e, f alone
    private static readonly Guid A = Id(1), B = Id(2), C = Id(3), D = Id(4), E = Id(5), F = Id(6);

    private static readonly ILookup<Guid, Guid> Next =
        new[] { (A, B), (B, C), (C, E), (A, D), (D, E) }.ToLookup(e => e.Item1, e => e.Item2);

    [Fact]
    public void The_shortest_path_takes_the_fewest_steps()
    {
        ProgressionGraph.ShortestPath(Next, A, E).ShouldBe([A, D, E]);
        ProgressionGraph.ShortestPath(Next, B, E).ShouldBe([B, C, E]);
        ProgressionGraph.ShortestPath(Next, A, A).ShouldBe([A]);
    }

    [Fact]
    public void There_is_no_path_backwards_or_to_an_unconnected_exercise()
    {
        ProgressionGraph.ShortestPath(Next, E, A).ShouldBeNull();
        ProgressionGraph.ShortestPath(Next, A, F).ShouldBeNull();
        ProgressionGraph.Reaches(Next, A, C).ShouldBeTrue();
        ProgressionGraph.Reaches(Next, C, A).ShouldBeFalse();
    }

    [Fact]
    public void Distances_count_the_fewest_steps_to_every_reachable_exercise_excluding_the_start()
    {
        ProgressionGraph.Distances(Next, A).ShouldBe(new Dictionary<Guid, int> { [B] = 1, [D] = 1, [C] = 2, [E] = 2 }, ignoreOrder: true);
        ProgressionGraph.Distances(Next, E).ShouldBeEmpty();
    }

    private static Guid Id(int n) => new(n, 0, 0, new byte[8]);
}
