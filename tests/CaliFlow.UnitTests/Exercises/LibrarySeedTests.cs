using System.Text.Json;
using System.Text.RegularExpressions;
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
    private static readonly ExerciseLibrary Library = Seed.ToExerciseLibrary();

    /// <summary>Patterns whose rep work is core work (RR core triplet: 8-12 reps), plus calves and shins (short, light moves).</summary>
    private static readonly HashSet<string> CoreLikePatterns =
        ["core-anti-extension", "core-anti-rotation", "lateral-core", "core-flexion", "hip-flexion-compression", "calves-ankles"];

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
    public void Retired_edges_name_known_exercises_and_are_not_shipped_again()
    {
        Seed.RetiredProgressions.ShouldContain(new SeedEdge("freestanding-handstand", "handstand-push-up"));
        foreach (var gone in Seed.RetiredProgressions)
        {
            BySlug.ShouldContainKey(gone.From);
            BySlug.ShouldContainKey(gone.To);
            Seed.Progressions.ShouldNotContain(p => p.From == gone.From && p.To == gone.To, $"{gone.From} -> {gone.To}");
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

    [Fact]
    public void Every_exercise_states_its_kind_in_the_seed_files()
    {
        // Read the raw files: a missing "kind" would otherwise load silently as the enum's default.
        var assembly = typeof(LibrarySeedContent).Assembly;
        var seen = 0;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("Seed/exercises.", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var json = JsonDocument.Parse(stream);
            foreach (var exercise in json.RootElement.GetProperty("exercises").EnumerateArray())
            {
                seen++;
                var slug = exercise.GetProperty("slug").GetString();
                exercise.TryGetProperty("kind", out var kind).ShouldBeTrue($"{slug} has no kind");
                kind.GetString().ShouldBeOneOf(
                    ["strength", "skill-hold", "eccentric", "plyometric", "conditioning", "mobility", "balance"], slug);
            }
        }

        seen.ShouldBe(Seed.Exercises.Count);
    }

    [Fact]
    public void Each_kind_is_counted_the_way_its_prescription_needs()
    {
        foreach (var e in Seed.Exercises)
        {
            switch (e.Kind)
            {
                case ExerciseKind.SkillHold:
                    e.Unit.ShouldBe(ExerciseUnit.HoldSeconds, e.Slug);
                    break;
                case ExerciseKind.Eccentric or ExerciseKind.Plyometric or ExerciseKind.Conditioning:
                    e.Unit.ShouldBe(ExerciseUnit.Reps, e.Slug);
                    break;
            }
        }
    }

    [Fact]
    public void Every_eccentric_says_how_many_seconds_the_lowering_takes()
    {
        // RR negatives: 3 x 5 with a controlled 3-5 s lowering; the rule counts reps, the instructions carry the tempo.
        var seconds = new Regex(@"\b(\d+|three|four|five)\b[^.]*\bseconds?\b", RegexOptions.IgnoreCase);
        Seed.Exercises.Where(e => e.Kind == ExerciseKind.Eccentric).ShouldNotBeEmpty();
        foreach (var e in Seed.Exercises.Where(e => e.Kind == ExerciseKind.Eccentric))
        {
            seconds.IsMatch(e.Instructions).ShouldBeTrue(e.Slug);
        }
    }

    /// <summary>
    /// The unlock table by the easier exercise's kind (README, exercise library): RR (strength 3 x 8, core 8-12, holds 30-60 s,
    /// negatives 3 x 5) and OG (static skills about 3 x 10-15 s), always at RPE 8 or less in 2 sessions within 14 days.
    /// </summary>
    private static UnlockRule ExpectedRule(SeedExercise from)
    {
        static UnlockRule Reps(int reps) => new(3, reps, null, 8, 2, 14);
        static UnlockRule Hold(int seconds) => new(3, null, seconds, 8, 2, 14);
        var coreLike = CoreLikePatterns.Contains(from.Pattern) || (from.Pattern == "hinge" && from.PrimaryMuscles.Contains(Muscle.LowerBack));
        return (from.Kind, from.Unit) switch
        {
            (ExerciseKind.Strength, ExerciseUnit.Reps) => Reps(coreLike ? 12 : 8),
            (ExerciseKind.Strength, ExerciseUnit.HoldSeconds) => Hold(30),
            (ExerciseKind.SkillHold, ExerciseUnit.HoldSeconds) => Hold(from.Pattern == "handstand-balance" ? 30 : 12),
            (ExerciseKind.Eccentric, ExerciseUnit.Reps) => Reps(5),
            (ExerciseKind.Plyometric, ExerciseUnit.Reps) => Reps(8),
            (ExerciseKind.Conditioning, ExerciseUnit.Reps) => Reps(15),
            (ExerciseKind.Mobility or ExerciseKind.Balance, ExerciseUnit.HoldSeconds) => Hold(30),
            (ExerciseKind.Mobility or ExerciseKind.Balance, ExerciseUnit.Reps) => Reps(10),
            _ => throw new InvalidOperationException($"No unlock rule for a {from.Kind} exercise counted in {from.Unit} ({from.Slug})."),
        };
    }

    [Fact]
    public void Every_unlock_rule_follows_the_table_for_the_easier_exercise_kind()
    {
        foreach (var edge in Seed.Progressions)
        {
            edge.Rule.ShouldBe(ExpectedRule(BySlug[edge.From]), $"{edge.From} -> {edge.To}");
        }
    }

    [Fact]
    public void Every_two_arm_route_to_the_one_arm_pull_up_goes_through_a_pull_up()
    {
        Path("dead-hang", "one-arm-pull-up").ShouldNotBeNull().ShouldContain("pull-up");
        Path("dead-hang", "one-arm-pull-up", avoiding: new HashSet<string> { "pull-up", "chin-up" })
            .ShouldBeNull("a one-arm hang or one-arm scapular pull must not skip the two-arm pull-up");
    }

    [Fact]
    public void The_one_arm_push_up_is_reached_only_through_the_incline_one_arm_push_up()
    {
        Path("push-up", "one-arm-push-up").ShouldNotBeNull().ShouldContain("incline-one-arm-push-up");
        Path("wall-push-up", "one-arm-push-up", avoiding: new HashSet<string> { "incline-one-arm-push-up" }).ShouldBeNull();
    }

    [Fact]
    public void The_frog_stand_leads_into_the_planche()
    {
        Seed.Progressions.ShouldContain(p => p.From == "frog-stand" && p.To == "tuck-planche");
        Path("frog-stand", "full-planche").ShouldNotBeNull();
    }

    [Fact]
    public void The_handstand_push_up_is_reached_through_wall_handstand_push_ups_not_from_the_balance_alone()
    {
        // An unlock needs any one easier step, and balance is not pressing strength: no step into the freestanding
        // handstand push-up may bypass the wall handstand push-up.
        Seed.Progressions.ShouldNotContain(p => p.From == "freestanding-handstand" && p.To == "handstand-push-up");
        foreach (var easier in Seed.Progressions.Where(p => p.To == "handstand-push-up").Select(p => p.From))
        {
            (easier == "wall-handstand-push-up" || Path("wall-handstand-push-up", easier) is not null).ShouldBeTrue(easier);
        }

        Path("wall-handstand", "handstand-push-up", avoiding: new HashSet<string> { "wall-handstand-push-up" }).ShouldBeNull();
    }

    [Theory]
    [InlineData("tuck-front-lever", "half-lay-front-lever", "front-lever")]
    [InlineData("tuck-back-lever", "half-lay-back-lever", "back-lever")]
    [InlineData("tuck-planche", "half-lay-planche", "full-planche")]
    public void Levers_and_the_planche_pass_through_a_half_lay_before_the_full_hold(string tuck, string halfLay, string full)
    {
        // OG: tuck, advanced tuck, one-leg or straddle, half-lay, full.
        Seed.Progressions.Where(p => p.To == full).Select(p => p.From).ShouldBe([halfLay]);
        var path = Path(tuck, full).ShouldNotBeNull();
        path.ShouldContain(s => s.StartsWith("advanced-tuck-", StringComparison.Ordinal));
        path.ShouldContain(s => s.StartsWith("straddle-", StringComparison.Ordinal) || s.StartsWith("one-leg-", StringComparison.Ordinal));
        path[^2].ShouldBe(halfLay);
    }

    public static TheoryData<string> NoEquipmentNeeds() =>
        ["horizontal pull", "hinge", "knee flexion", "extension", "anti-extension", "anti-rotation", "mobility", "balance"];

    private static bool Serves(ExerciseInfo e, string need) => need switch
    {
        // A row that moves the body (RR: rows are non-negotiable), not a prone raise.
        "horizontal pull" => e.Pattern == "horizontal-pull" && e.BodyweightFraction >= 0.25m,
        "hinge" => e.Pattern == "hinge",
        "knee flexion" => e.Pattern == "knee-flexion",
        "extension" => e.Pattern == "hinge" && e.PrimaryMuscles.Contains(Muscle.LowerBack),
        "anti-extension" => e.Pattern == "core-anti-extension",
        "anti-rotation" => e.Pattern == "core-anti-rotation",
        "mobility" => e.Kind == ExerciseKind.Mobility,
        "balance" => e.Kind == ExerciseKind.Balance,
        _ => throw new ArgumentOutOfRangeException(nameof(need)),
    };

    [Theory]
    [MemberData(nameof(NoEquipmentNeeds))]
    public void A_beginner_with_no_equipment_has_an_exercise_for_each_need(string need)
    {
        Library.Exercises.Where(e => Serves(e, need) && e.Difficulty <= 2 && e.DoableWith([])).ShouldNotBeEmpty(need);
    }

    [Fact]
    public void Mobility_with_no_equipment_covers_hips_shoulders_spine_and_ankles()
    {
        var reached = Library.Exercises.Where(e => e.Kind == ExerciseKind.Mobility && e.DoableWith([]))
            .SelectMany(e => e.PrimaryMuscles.Concat(e.SecondaryMuscles)).ToHashSet();
        Muscle[][] regions =
        [
            [Muscle.HipFlexors, Muscle.Adductors, Muscle.Glutes, Muscle.Hamstrings],
            [Muscle.FrontDelts, Muscle.RearDelts, Muscle.RotatorCuff, Muscle.Lats],
            [Muscle.LowerBack, Muscle.UpperBack],
            [Muscle.Calves, Muscle.Tibialis],
        ];
        foreach (var region in regions)
        {
            reached.Intersect(region).ShouldNotBeEmpty(string.Join(", ", region));
        }
    }

    [Fact]
    public void Other_setups_are_complete_and_distinct_and_answer_doable_with()
    {
        foreach (var e in Seed.Exercises.Where(e => e.AlsoWith is not null))
        {
            e.AlsoWith!.ShouldNotBeEmpty(e.Slug);
            e.AlsoWith!.ShouldAllBe(setup => setup.Distinct().Count() == setup.Count, e.Slug);
            e.AlsoWith!.ShouldAllBe(setup => !setup.ToHashSet().SetEquals(e.Equipment), e.Slug);
            e.AlsoWith!.Select(setup => string.Join(",", setup.Order())).ShouldBeUnique(e.Slug);
        }

        Library.Find("tuck-front-lever")!.DoableWith([Equipment.Rings]).ShouldBeTrue();
        Library.Find("back-lever")!.DoableWith([Equipment.PullUpBar]).ShouldBeTrue();
        Library.Find("l-sit")!.DoableWith([]).ShouldBeTrue();
        Library.Find("l-sit")!.DoableWith([Equipment.DipBars]).ShouldBeTrue();
        Library.Find("parallel-bar-dip")!.DoableWith([Equipment.Rings]).ShouldBeFalse("ring dips are their own exercise");
    }

    /// <summary>A shortest chain of easier-to-harder steps from one exercise to another, both ends included; null when none.</summary>
    private static List<string>? Path(string from, string to, HashSet<string>? avoiding = null)
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
