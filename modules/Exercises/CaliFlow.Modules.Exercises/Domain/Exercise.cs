using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Exercises.Contracts;

namespace CaliFlow.Modules.Exercises.Domain;

/// <summary>
/// A calisthenics exercise. Never deleted: a retired exercise leaves the library but stays readable by id, because plans and logs
/// refer to it.
/// </summary>
internal sealed class Exercise : IHasTimestamps
{
    private Exercise()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Stable, human-readable key: seed files and clients refer to exercises by it.</summary>
    public string Slug { get; private set; } = "";

    public string Name { get; set; } = "";

    public Guid PatternId { get; set; }

    public int Difficulty { get; set; }

    /// <summary>Everything the exercise needs; empty means the floor is enough.</summary>
    public List<Equipment> Equipment { get; set; } = [];

    /// <summary>Other complete setups it can be done with (a tuck front lever on rings as well as a bar).</summary>
    public List<List<Equipment>> AlternativeEquipment { get; set; } = [];

    public ExerciseKind Kind { get; set; }

    public List<Muscle> PrimaryMuscles { get; set; } = [];

    public List<Muscle> SecondaryMuscles { get; set; } = [];

    public ExerciseUnit Unit { get; set; }

    public bool PerSide { get; set; }

    /// <summary>Share of body weight moved or held, so bodyweight volume is a real load: weight × fraction + added − assistance.</summary>
    public decimal BodyweightFraction { get; set; }

    public string Instructions { get; set; } = "";

    public List<string> Cues { get; set; } = [];

    public List<string> CommonMistakes { get; set; } = [];

    public DateTimeOffset? RetiredAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Exercise Create(Guid id, string slug) => new() { Id = id, Slug = slug };

    public void Retire(DateTimeOffset now) => RetiredAt ??= now;
}
