using System.Collections.Concurrent;
using System.ComponentModel;
using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Exercises.Contracts;

namespace CaliFlow.Modules.Exercises.Library;

/// <summary>
/// The whole library at one revision: ~150 exercises, their patterns and live progression edges, small enough to hold in memory
/// and to filter there. Immutable, so HybridCache hands out the same instance from its in-process tier instead of deserialising
/// it on every read; safe across instances because a new revision is a new cache key.
/// </summary>
[ImmutableObject(true)]
internal sealed class LibrarySnapshot
{
    [JsonConstructor]
    public LibrarySnapshot(
        Guid revision,
        IReadOnlyList<PatternEntry> patterns,
        IReadOnlyList<ExerciseDetails> exercises,
        IReadOnlyList<ProgressionEntry> progressions)
    {
        Revision = revision;
        Patterns = patterns;
        Exercises = exercises;
        Progressions = progressions;

        ById = exercises.ToDictionary(e => e.Id);
        BySlug = exercises.ToDictionary(e => e.Slug, StringComparer.Ordinal);
        Live = [.. exercises.Where(e => !e.Retired).OrderBy(e => e.Difficulty).ThenBy(e => e.Slug, StringComparer.Ordinal)];
        Harder = progressions.ToLookup(p => p.FromId);
        Easier = progressions.ToLookup(p => p.ToId);
    }

    public Guid Revision { get; }

    public IReadOnlyList<PatternEntry> Patterns { get; }

    /// <summary>Every exercise, retired ones included (old logs still show them).</summary>
    public IReadOnlyList<ExerciseDetails> Exercises { get; }

    /// <summary>Live edges only.</summary>
    public IReadOnlyList<ProgressionEntry> Progressions { get; }

    [JsonIgnore]
    public IReadOnlyDictionary<Guid, ExerciseDetails> ById { get; }

    [JsonIgnore]
    public IReadOnlyDictionary<string, ExerciseDetails> BySlug { get; }

    /// <summary>Live exercises in keyset order: difficulty, then slug.</summary>
    [JsonIgnore]
    public IReadOnlyList<ExerciseDetails> Live { get; }

    [JsonIgnore]
    public ILookup<Guid, ProgressionEntry> Harder { get; }

    [JsonIgnore]
    public ILookup<Guid, ProgressionEntry> Easier { get; }

    private ExerciseLibrary? _shared;

    /// <summary>The library as other modules see it, built once per revision rather than for every caller (a race builds it twice).</summary>
    [JsonIgnore]
    public ExerciseLibrary Shared => _shared ??= new ExerciseLibrary(
        Revision.ToString(),
        [.. Patterns.Select(p => new MovementPatternInfo(p.Slug, p.Name, p.SortOrder))],
        [.. Live.Select(e => e.ToInfo())],
        [.. Progressions.Select(p => p.ToInfo())]);

    public ExerciseDetails? Find(string idOrSlug) =>
        Guid.TryParse(idOrSlug, out var id) ? ById.GetValueOrDefault(id) : BySlug.GetValueOrDefault(idOrSlug);

    /// <summary>Most distinct answers kept encoded per revision; past it, the rare answer is encoded for each request.</summary>
    public const int MaxEncodedAnswers = 1024;

    private readonly ConcurrentDictionary<string, EncodedJson> _encoded = new(StringComparer.Ordinal);

    /// <summary>
    /// An answer drawn only from this revision, encoded (with its ETag) once and then sent as stored: the same question asks
    /// for the same bytes until the revision changes, and a new revision is a new snapshot.
    /// </summary>
    public EncodedJson Encoded<TState>(string question, TState state, Func<TState, EncodedJson> encode)
    {
        if (_encoded.TryGetValue(question, out var answer))
        {
            return answer;
        }

        answer = encode(state);
        return _encoded.Count < MaxEncodedAnswers ? _encoded.GetOrAdd(question, answer) : answer;
    }
}

internal sealed record PatternEntry(Guid Id, string Slug, string Name, string Description, int SortOrder);

/// <summary>An exercise as the API shows it in full.</summary>
internal sealed record ExerciseDetails(
    Guid Id,
    string Slug,
    string Name,
    string Pattern,
    int Difficulty,
    IReadOnlyList<Equipment> Equipment,
    IReadOnlyList<Muscle> PrimaryMuscles,
    IReadOnlyList<Muscle> SecondaryMuscles,
    ExerciseUnit Unit,
    bool PerSide,
    decimal BodyweightFraction,
    string Instructions,
    IReadOnlyList<string> Cues,
    IReadOnlyList<string> CommonMistakes,
    bool Retired,
    ExerciseKind Kind,
    IReadOnlyList<IReadOnlyList<Equipment>> AlternativeEquipment)
{
    public ExerciseInfo ToInfo() => new(
        Id, Slug, Name, Pattern, Difficulty, Equipment, PrimaryMuscles, SecondaryMuscles, Unit, PerSide, BodyweightFraction, Retired,
        Kind, AlternativeEquipment);

    public bool DoableWith(IReadOnlyCollection<Equipment> available) =>
        Equipment.All(available.Contains) || AlternativeEquipment.Any(option => option.All(available.Contains));

    public bool Works(Muscle muscle) => PrimaryMuscles.Contains(muscle) || SecondaryMuscles.Contains(muscle);
}

internal sealed record ProgressionEntry(Guid Id, Guid FromId, Guid ToId, UnlockRule Rule)
{
    public ProgressionInfo ToInfo() => new(Id, FromId, ToId, Rule);
}
