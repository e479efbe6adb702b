using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Exercises.Contracts;

namespace CaliFlow.Modules.Exercises.Seeding;

/// <summary>
/// The library as shipped: Seed/patterns.json (version, patterns, vocabulary) plus one Seed/exercises.*.json per family of
/// patterns, embedded in the assembly. Exercises are identified by slug, edges by their (from, to) slugs. An edge the library
/// once shipped and now holds wrong is listed under <c>retiredProgressions</c>, so that databases seeded before lose it too.
/// </summary>
internal sealed record LibrarySeedContent(
    int Version,
    string ContentHash,
    IReadOnlyList<SeedPattern> Patterns,
    IReadOnlyList<SeedExercise> Exercises,
    IReadOnlyList<SeedProgression> Progressions,
    IReadOnlyList<SeedEdge> RetiredProgressions)
{
    private const string Prefix = "Seed/";

    public static LibrarySeedContent Load()
    {
        var assembly = typeof(LibrarySeedContent).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        PatternsFile? patterns = null;
        var exercises = new List<SeedExercise>();
        var progressions = new List<SeedProgression>();
        var retired = new List<SeedEdge>();
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            hash.AppendData(buffer.GetBuffer(), 0, (int)buffer.Length);
            var json = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);

            if (name == Prefix + "patterns.json")
            {
                patterns = JsonSerializer.Deserialize<PatternsFile>(json, JsonDefaults.Options);
            }
            else
            {
                var file = JsonSerializer.Deserialize<ExercisesFile>(json, JsonDefaults.Options)!;
                exercises.AddRange(file.Exercises);
                progressions.AddRange(file.Progressions);
                retired.AddRange(file.RetiredProgressions ?? []);
            }
        }

        if (patterns is null)
        {
            throw new InvalidOperationException("Seed/patterns.json is missing from the Exercises assembly.");
        }

        return new LibrarySeedContent(
            patterns.Version, Convert.ToHexStringLower(hash.GetHashAndReset()), patterns.Patterns, exercises, progressions, retired);
    }

    /// <summary>
    /// The shipped library in the shape other modules receive, without a database: for offline tools and benchmarks. Ids are
    /// derived from slugs, so they are stable from run to run (but are not the ids a database gives the same exercises).
    /// </summary>
    public ExerciseLibrary ToExerciseLibrary()
    {
        static Guid IdOf(string key) => new(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
        return new ExerciseLibrary(
            ContentHash,
            [.. Patterns.Select(p => new MovementPatternInfo(p.Slug, p.Name, p.SortOrder))],
            [.. Exercises.Select(e => new ExerciseInfo(
                IdOf(e.Slug), e.Slug, e.Name, e.Pattern, e.Difficulty, e.Equipment, e.PrimaryMuscles, e.SecondaryMuscles, e.Unit,
                e.PerSide, e.BodyweightFraction, Retired: false, e.Kind, [.. (e.AlsoWith ?? []).Select(o => (IReadOnlyList<Equipment>)o)]))],
            [.. Progressions.Select(p => new ProgressionInfo(IdOf($"{p.From}>{p.To}"), IdOf(p.From), IdOf(p.To), p.Rule))]);
    }

    private sealed record PatternsFile(int Version, List<SeedPattern> Patterns);

    private sealed record ExercisesFile(
        int Version, List<SeedExercise> Exercises, List<SeedProgression> Progressions, List<SeedEdge>? RetiredProgressions = null);
}

internal sealed record SeedPattern(string Slug, string Name, string Description, int SortOrder);

internal sealed record SeedExercise(
    string Slug,
    string Name,
    string Pattern,
    int Difficulty,
    List<Equipment> Equipment,
    List<Muscle> PrimaryMuscles,
    List<Muscle> SecondaryMuscles,
    ExerciseUnit Unit,
    bool PerSide,
    decimal BodyweightFraction,
    string Instructions,
    List<string> Cues,
    List<string> CommonMistakes,
    ExerciseKind Kind,
    List<List<Equipment>>? AlsoWith = null);

internal sealed record SeedProgression(string From, string To, UnlockRule Rule);

internal sealed record SeedEdge(string From, string To);
