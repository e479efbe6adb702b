using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Exercises.Library;
using CaliFlow.Modules.Exercises.Seeding;
using Shouldly;

namespace CaliFlow.UnitTests.Exercises;

/// <summary>The shipped library keeps every promise the product makes about it.</summary>
public sealed class LibrarySeedTests
{
    private static readonly LibrarySeedContent Seed = LibrarySeedContent.Load();
    private static readonly Dictionary<string, SeedExercise> BySlug = Seed.Exercises.ToDictionary(e => e.Slug);

    public static TheoryData<string> ClassicSkills() =>
    [
        "one-arm-push-up", "pistol-squat", "one-arm-pull-up", "muscle-up", "handstand-push-up", "front-lever", "back-lever",
        "full-planche", "human-flag", "l-sit", "v-sit", "nordic-curl", "dragon-flag",
    ];

    [Fact]
    public void It_has_22_movement_patterns_and_at_least_150_exercises_with_unique_slugs_and_names()
    {
        Seed.Patterns.Count.ShouldBe(22);
        Seed.Patterns.Select(p => p.Slug).ShouldBeUnique();
        Seed.Exercises.Count.ShouldBeGreaterThanOrEqualTo(150);
        Seed.Exercises.Select(e => e.Slug).ShouldBeUnique();
        Seed.Exercises.Select(e => e.Name.ToUpperInvariant()).ShouldBeUnique();
    }

    [Fact]
    public void Every_pattern_has_exercises_and_an_entry_point_of_difficulty_three_or_less()
    {
        foreach (var pattern in Seed.Patterns)
        {
            Seed.Exercises.Where(e => e.Pattern == pattern.Slug).Min(e => (int?)e.Difficulty)
                .ShouldNotBeNull($"{pattern.Slug} has no exercises").ShouldBeLessThanOrEqualTo(3, pattern.Slug);
        }
    }

    [Fact]
    public void Every_exercise_is_complete()
    {
        var patterns = Seed.Patterns.Select(p => p.Slug).ToHashSet();
        foreach (var e in Seed.Exercises)
        {
            e.Slug.ShouldMatch("^[a-z0-9]+(-[a-z0-9]+)*$");
            patterns.ShouldContain(e.Pattern, e.Slug);
            e.Difficulty.ShouldBeInRange(1, 10, e.Slug);
            e.PrimaryMuscles.ShouldNotBeEmpty(e.Slug);
            e.PrimaryMuscles.Intersect(e.SecondaryMuscles).ShouldBeEmpty(e.Slug);
            e.BodyweightFraction.ShouldBeInRange(0m, 1.2m, e.Slug);
            e.Instructions.Length.ShouldBeGreaterThanOrEqualTo(80, e.Slug);
            e.Cues.Count.ShouldBeGreaterThanOrEqualTo(2, e.Slug);
            e.Cues.ShouldAllBe(c => !string.IsNullOrWhiteSpace(c), e.Slug);
            e.CommonMistakes.ShouldNotBeEmpty(e.Slug);
        }
    }

    [Fact]
    public void Bodyweight_fractions_are_ordered_along_the_push_up_chain()
    {
        // The fraction turns bodyweight work into load; the classic anchors must hold or volume charts lie.
        BySlug["knee-push-up"].BodyweightFraction.ShouldBeLessThan(BySlug["push-up"].BodyweightFraction);
        BySlug["push-up"].BodyweightFraction.ShouldBeInRange(0.6m, 0.7m);
        BySlug["pull-up"].BodyweightFraction.ShouldBeGreaterThan(BySlug["inverted-row"].BodyweightFraction);
    }

    [Fact]
    public void Every_edge_joins_known_exercises_goes_up_in_difficulty_and_has_a_rule_in_the_easier_exercise_unit()
    {
        Seed.Progressions.Select(p => (p.From, p.To)).ShouldBeUnique();
        foreach (var edge in Seed.Progressions)
        {
            var name = $"{edge.From} -> {edge.To}";
            BySlug.ShouldContainKey(edge.From, name);
            BySlug.ShouldContainKey(edge.To, name);
            BySlug[edge.To].Difficulty.ShouldBeGreaterThan(BySlug[edge.From].Difficulty, name);

            var rule = edge.Rule;
            rule.Sets.ShouldBeInRange(1, 10, name);
            rule.MaxRpe.ShouldBeInRange(5, 10, name);
            rule.Sessions.ShouldBeInRange(1, 5, name);
            rule.WithinDays.ShouldBeInRange(1, 60, name);
            if (BySlug[edge.From].Unit == ExerciseUnit.Reps)
            {
                rule.Reps.ShouldNotBeNull(name);
                rule.HoldSeconds.ShouldBeNull(name);
            }
            else
            {
                rule.HoldSeconds.ShouldNotBeNull(name);
                rule.Reps.ShouldBeNull(name);
            }
        }
    }

    [Fact]
    public void The_graph_has_no_cycles_and_every_exercise_is_in_it()
    {
        var inGraph = Seed.Progressions.SelectMany(p => new[] { p.From, p.To }).ToHashSet();
        Seed.Exercises.Where(e => !inGraph.Contains(e.Slug)).Select(e => e.Slug).ShouldBeEmpty();

        // Kahn's algorithm: a graph is acyclic exactly when every node can be removed in topological order.
        var incoming = Seed.Exercises.ToDictionary(e => e.Slug, e => Seed.Progressions.Count(p => p.To == e.Slug));
        var ready = new Queue<string>(incoming.Where(kv => kv.Value == 0).Select(kv => kv.Key));
        var removed = 0;
        while (ready.TryDequeue(out var slug))
        {
            removed++;
            foreach (var edge in Seed.Progressions.Where(p => p.From == slug))
            {
                if (--incoming[edge.To] == 0)
                {
                    ready.Enqueue(edge.To);
                }
            }
        }

        removed.ShouldBe(Seed.Exercises.Count, "some exercises sit on a cycle");
    }

    [Theory]
    [MemberData(nameof(ClassicSkills))]
    public void Each_classic_skill_is_reached_by_a_chain_from_a_beginner_exercise(string skill)
    {
        var ids = Seed.Exercises.Select((e, i) => (e.Slug, Id: new Guid(i + 1, 0, 0, new byte[8]))).ToDictionary(x => x.Slug, x => x.Id);
        var easier = Seed.Progressions.ToLookup(p => ids[p.To], p => ids[p.From]);

        var ancestors = ProgressionGraph.Distances(easier, ids[skill]).Keys;

        ancestors.Select(id => BySlug[ids.Single(kv => kv.Value == id).Key].Difficulty).ShouldContain(d => d <= 3, skill);
    }

    [Fact]
    public void The_v_sit_is_reached_through_the_l_sit_with_steps_in_between()
    {
        // OG: L-sit, straddle L-sit, 45-degree V-sit, V-sit; never the L-sit to the V-sit in one jump.
        Seed.Progressions.ShouldNotContain(p => p.From == "l-sit" && p.To == "v-sit");
        var path = Path("l-sit", "v-sit");
        path.ShouldNotBeNull();
        path.Count.ShouldBeGreaterThan(2);
    }

    /// <summary>A shortest chain of easier-to-harder steps from one exercise to another, both ends included; null when none.</summary>
    private static List<string>? Path(string from, string to, IReadOnlySet<string>? avoiding = null)
    {
        var previous = new Dictionary<string, string> { [from] = from };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var slug))
        {
            if (slug == to)
            {
                var path = new List<string> { to };
                while (path[^1] != from)
                {
                    path.Add(previous[path[^1]]);
                }

                path.Reverse();
                return path;
            }

            foreach (var edge in Seed.Progressions.Where(p => p.From == slug && avoiding?.Contains(p.To) != true))
            {
                if (previous.TryAdd(edge.To, slug))
                {
                    queue.Enqueue(edge.To);
                }
            }
        }

        return null;
    }

    [Fact]
    public void The_content_hash_changes_only_with_the_content()
    {
        LibrarySeedContent.Load().ContentHash.ShouldBe(Seed.ContentHash);
        Seed.ContentHash.Length.ShouldBe(64);
    }
}
