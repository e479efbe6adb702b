using CaliFlow.BuildingBlocks.Application;

namespace CaliFlow.Modules.Exercises.Contracts;

/// <summary>
/// Read-only questions other modules may ask the exercise library. Answers come from the cached library, so they are cheap;
/// retired exercises are found by id (old plans and logs refer to them) but never offered by <see cref="FindAsync"/>.
/// </summary>
[ReadOnlyContract]
public interface IExerciseCatalog
{
    /// <summary>The exercises with these ids that exist, retired ones included.</summary>
    Task<IReadOnlyList<ExerciseInfo>> GetByIdsAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Live exercises matching every given criterion (null = any), easiest first.</summary>
    Task<IReadOnlyList<ExerciseInfo>> FindAsync(ExerciseCriteria criteria, CancellationToken cancellationToken);

    /// <summary>The direct easier and harder steps of an exercise with the rules that unlock them; null for an unknown id.</summary>
    Task<ProgressionNeighbours?> GetNeighboursAsync(Guid exerciseId, CancellationToken cancellationToken);

    /// <summary>The whole live library at once, for pure algorithms (the plan generator) that need every exercise and edge.</summary>
    Task<ExerciseLibrary> GetLibraryAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The user's own exercises (made by them, seen by no one else) named by these ids or slugs: the library does not hold them,
    /// so ask for the names it did not find.
    /// </summary>
    Task<IReadOnlyList<ExerciseInfo>> GetCustomAsync(Guid ownerId, IReadOnlyCollection<string> idsOrSlugs, CancellationToken cancellationToken);

    /// <summary>How to do an exercise (instructions, form cues, common mistakes); null for an unknown id.</summary>
    Task<ExerciseGuidance?> GetGuidanceAsync(Guid exerciseId, CancellationToken cancellationToken);
}

public sealed record ExerciseGuidance(ExerciseInfo Exercise, string Instructions, IReadOnlyList<string> Cues, IReadOnlyList<string> CommonMistakes);

/// <param name="AvailableEquipment">Only exercises doable with this equipment (everything they need is in the list).</param>
public sealed record ExerciseCriteria(
    string? Pattern = null,
    int? MinDifficulty = null,
    int? MaxDifficulty = null,
    IReadOnlyCollection<Equipment>? AvailableEquipment = null,
    Muscle? Muscle = null);

/// <param name="Equipment">What the usual form needs; empty means the floor is enough.</param>
/// <param name="AlternativeEquipment">Other setups it can be done with, each complete (e.g. a tuck front lever on rings).</param>
public sealed record ExerciseInfo(
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
    bool Retired,
    ExerciseKind Kind = ExerciseKind.Strength,
    IReadOnlyList<IReadOnlyList<Equipment>>? AlternativeEquipment = null)
{
    /// <summary>Whether one of its setups needs nothing beyond <paramref name="available"/>.</summary>
    public bool DoableWith(IReadOnlyCollection<Equipment> available) =>
        Equipment.All(available.Contains) || (AlternativeEquipment ?? []).Any(option => option.All(available.Contains));
}

/// <summary>An edge of the progression graph: <paramref name="FromId"/> is the easier exercise, <paramref name="ToId"/> the harder.</summary>
public sealed record ProgressionInfo(Guid Id, Guid FromId, Guid ToId, UnlockRule Rule);

public sealed record ProgressionNeighbours(ExerciseInfo Exercise, IReadOnlyList<ProgressionInfo> Easier, IReadOnlyList<ProgressionInfo> Harder);

public sealed record ExerciseLibrary(
    string Version,
    IReadOnlyList<MovementPatternInfo> Patterns,
    IReadOnlyList<ExerciseInfo> Exercises,
    IReadOnlyList<ProgressionInfo> Progressions)
{
    /// <summary>A live exercise by id or slug, as clients name them; null when there is none.</summary>
    public ExerciseInfo? Find(string idOrSlug) =>
        Guid.TryParse(idOrSlug, out var id)
            ? Exercises.FirstOrDefault(e => e.Id == id)
            : Exercises.FirstOrDefault(e => e.Slug == idOrSlug);

    /// <summary>The library as one user sees it: with their own exercises beside the shared ones.</summary>
    public ExerciseLibrary With(IReadOnlyCollection<ExerciseInfo> ownExercises) =>
        ownExercises.Count == 0 ? this : this with { Exercises = [.. Exercises, .. ownExercises] };
}

public sealed record MovementPatternInfo(string Slug, string Name, int SortOrder);
